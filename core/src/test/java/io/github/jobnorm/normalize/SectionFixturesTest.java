package io.github.jobnorm.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.jobnorm.model.Section;
import io.github.jobnorm.source.DescriptionFormat;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Real descriptions with hand-checked expected sections, responsibilities, qualifications and
 * benefits ({@code sections/NAME.expected.json}); names with a slash are cases of the fixtures jar,
 * split whole as a parse splits them. Where the splitter is known to fall short, the
 * expected file names the field under {@code "known"} with the reason and keeps what the splitter
 * gives today under {@code "current"}; the test then asserts that the field still differs from
 * the expected value and equals the current one, so that a fix shows up as a failure to be turned
 * into a pass, and any other change as a failure to be checked.
 */
class SectionFixturesTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> FIELDS =
      List.of("sections", "responsibilities", "qualifications", "benefits");

  @ParameterizedTest
  @ValueSource(
      strings = {
        "linkedin-4104804862-body.txt",
        "linkedin/heidi-senior-software-engineer.html",
        "linkedin/eaton-supply-chain-analyst.html",
        "linkedin/wellness-coach-description-fragment.html",
        "google-0.txt", "google-1.txt", "google-2.txt", "google-3.txt", "google-4.txt",
        "apple-0.txt", "apple-1.txt", "apple-2.txt", "apple-4.txt", "apple-5.txt",
        "kaggle-0.txt", "kaggle-3.txt", "kaggle-5.txt", "kaggle-16.txt", "kaggle-21.txt",
        "kaggle-24.txt", "kaggle-53.txt", "kaggle-57.txt", "kaggle-114.txt", "kaggle-617.txt",
        "uk-0.txt", "uk-1.txt", "uk-2.txt", "uk-3.txt", "uk-4.txt",
        "fr-1.txt", "fr-2.txt", "nl-68.txt", "nl-0.txt"
      })
  void splitsAsHandChecked(String name) throws Exception {
    String input = SectionFixtures.input(name);
    DescriptionFormat format = name.endsWith(".html") ? DescriptionFormat.HTML : DescriptionFormat.TEXT;
    JsonNode actual = summary(SectionSplitter.split(input, format));
    JsonNode expected = JSON.readTree(SectionFixtures.expected(name));
    JsonNode known = expected.path("known");
    JsonNode current = expected.path("current");
    List<String> recorded = new ArrayList<>();
    current.fieldNames().forEachRemaining(recorded::add);
    assertThat(recorded).as("%s: \"current\" holds only known gaps", name).allMatch(known::has);
    for (String field : FIELDS) {
      if (known.has(field)) {
        assertThat(actual.get(field))
            .as("%s: %s is a known gap (%s); if it now matches, drop it from \"known\" and \"current\"",
                name, field, known.get(field).asText())
            .isNotEqualTo(expected.get(field));
        assertThat(actual.get(field))
            .as("%s: %s changed from its \"current\" output; check the new value and record it", name, field)
            .isEqualTo(current.get(field));
      } else {
        assertThat(actual.get(field)).as("%s: %s", name, field).isEqualTo(expected.get(field));
      }
    }
  }

  /** The fields a fixture checks: sections without their text, and the extracted lists. */
  static ObjectNode summary(SplitResult r) {
    ObjectNode root = JSON.createObjectNode();
    ArrayNode sections = root.putArray("sections");
    for (Section s : r.sections()) {
      ObjectNode o = sections.addObject();
      o.put("heading", s.heading());
      o.put("kind", s.kind().name());
      s.items().forEach(o.putArray("items")::add);
    }
    r.responsibilities().forEach(root.putArray("responsibilities")::add);
    ObjectNode q = root.putObject("qualifications");
    r.qualifications().required().forEach(q.putArray("required")::add);
    r.qualifications().preferred().forEach(q.putArray("preferred")::add);
    r.benefits().forEach(root.putArray("benefits")::add);
    return root;
  }
}
