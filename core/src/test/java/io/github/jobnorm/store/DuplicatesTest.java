package io.github.jobnorm.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.jobnorm.JobNorm;
import io.github.jobnorm.ParseOptions;
import io.github.jobnorm.ParseResult;
import io.github.jobnorm.model.JobPosting;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One job (Senior Data Engineer at Lumen Analytics, Berlin) from three sources: a Greenhouse
 * board, a Lever site and a job board's JSON-LD page; and two other jobs of the same company on
 * the Greenhouse board, which must stay apart.
 */
class DuplicatesTest {
  @TempDir Path dir;

  private static List<JobPosting> parse(String resource) throws IOException {
    try (InputStream in = DuplicatesTest.class.getResourceAsStream(resource)) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      ParseResult r = JobNorm.parse(text, ParseOptions.builder().inputName(resource).build());
      assertThat(r.isSuccess()).as("%s: %s", resource, r.failure()).isTrue();
      return r.postings();
    }
  }

  private final List<JobPosting> greenhouse = parse("lumen-greenhouse-board.json");
  private final JobPosting lever = parse("lumen-lever-postings.json").get(0);
  private final JobPosting jsonLd = parse("lumen-jsonld-senior-data-engineer.html").get(0);

  DuplicatesTest() throws IOException {}

  private static Duplicates.Rule match(JobPosting a, JobPosting b) {
    return Duplicates.match(DuplicateKey.of(a), DuplicateKey.of(b));
  }

  @Test
  void theSameJobFromThreeSourcesIsFoundByTheRulesThatFit() {
    JobPosting berlin = greenhouse.get(0);
    assertThat(berlin.title()).isEqualTo("Senior Data Engineer");
    assertThat(jsonLd.title()).isEqualTo("Sr. Data Engineer");
    assertThat(jsonLd.company().name()).isEqualTo("Lumen Analytics GmbH");
    assertThat(lever.title()).isEqualTo("Data Engineer (Senior)");

    // "Sr." is "senior", "GmbH" and "Inc." are legal forms, Berlin is in Berlin
    assertThat(match(berlin, jsonLd)).isEqualTo(Duplicates.Rule.SAME_COMPANY_TITLE_PLACE);
    // another wording of the title: only the description says it is the same job
    assertThat(match(berlin, lever)).isEqualTo(Duplicates.Rule.NEAR_IDENTICAL_DESCRIPTION);
    assertThat(match(jsonLd, lever)).isEqualTo(Duplicates.Rule.NEAR_IDENTICAL_DESCRIPTION);
  }

  @Test
  void otherJobsOfTheSameCompanyAreNotMerged() {
    JobPosting berlin = greenhouse.get(0);
    JobPosting analyst = greenhouse.get(1);
    JobPosting munich = greenhouse.get(2);
    assertThat(munich.title()).isEqualTo(berlin.title());

    assertThat(match(berlin, analyst)).isNull();
    assertThat(match(berlin, munich)).as("same title, another city, another text").isNull();
    assertThat(match(analyst, munich)).isNull();
    for (JobPosting other : List.of(analyst, munich)) {
      assertThat(match(other, lever)).isNull();
      assertThat(match(other, jsonLd)).isNull();
    }
    assertThat(SimHash.distance(DuplicateKey.of(berlin).simhash(),
        DuplicateKey.of(analyst).simhash())).isGreaterThan(Duplicates.MAX_DISTANCE);
  }

  @Test
  void aRunMarksTheLaterSightingsAsDuplicatesOfTheFirst() throws Exception {
    List<ListingSource> sources = List.of(
        fixed("lumen-greenhouse", greenhouse),
        fixed("lumen-lever", List.of(lever)),
        fixed("example-board", List.of(jsonLd)));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JdbcPostingStore store = JdbcPostingStore.open(dir.resolve("s.db"))) {
      new Aggregator(store, EventSink.stream(out), Aggregator.Mode.SINCE_LAST,
          Clock.systemUTC()).run(sources);
    }
    List<String> got = new ArrayList<>();
    for (String line : out.toString(StandardCharsets.UTF_8).split("\n")) {
      JsonNode e = new ObjectMapper().readTree(line);
      got.add(e.at("/posting/id").asText() + " -> " + e.get("duplicateOf").asText());
    }
    assertThat(got).containsExactly(
        "greenhouse:6101 -> null",
        "greenhouse:6102 -> null",
        "greenhouse:6103 -> null",
        lever.id() + " -> greenhouse:6101",
        jsonLd.id() + " -> greenhouse:6101");
  }

  private static ListingSource fixed(String name, List<JobPosting> postings) {
    return new ListingSource() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public SourceListing fetch() {
        return new SourceListing(postings, List.of(), SourceListing.Completeness.COMPLETE);
      }
    };
  }
}
