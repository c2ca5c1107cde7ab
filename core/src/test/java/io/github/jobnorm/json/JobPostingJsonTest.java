package io.github.jobnorm.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.jobnorm.model.JobPosting;
import io.github.jobnorm.testing.Postings;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JobPostingJsonTest {

  @Test
  void roundTripsToAnEqualRecord() throws Exception {
    JobPosting p = Postings.full();
    assertThat(JobPostingJson.read(JobPostingJson.write(p))).isEqualTo(p);
    assertThat(JobPostingJson.read(JobPostingJson.write(p, true))).isEqualTo(p);
  }

  @Test
  void writesTheContractsFieldsInItsOrder() throws Exception {
    JsonNode tree = JobPostingJson.mapper().readTree(JobPostingJson.write(Postings.full()));
    assertThat(names(tree)).containsExactly("schemaVersion", "id", "source", "title", "company",
        "locations", "workplaceType", "employmentType", "seniority", "pay", "experienceYears",
        "postedAt", "validThrough", "applicants", "responsibilities", "qualifications",
        "benefits", "sections", "description", "warnings");
    assertThat(names(tree.get("source")))
        .containsExactly("site", "url", "jobId", "format", "fetchedAt");
    assertThat(names(tree.get("pay").get(0))).containsExactly("min", "max", "currency",
        "period", "annualMin", "annualMax", "appliesTo", "kind", "text");
    assertThat(names(tree.get("locations").get(0)))
        .containsExactly("raw", "city", "region", "country", "remote");
    assertThat(names(tree.get("sections").get(0))).containsExactly("heading", "kind", "text",
        "items");
  }

  @Test
  void writesNumbersPlainDatesIsoAndUnknownsAsNull() {
    String json = JobPostingJson.write(Postings.full());
    assertThat(json)
        .contains("\"min\":45,\"max\":65,\"currency\":\"USD\",\"period\":\"HOUR\","
            + "\"annualMin\":93600,\"annualMax\":135200")
        .contains("\"min\":27.5,\"max\":null,\"currency\":\"EUR\"")
        .contains("\"annualMin\":57200")
        .contains("\"postedAt\":\"2026-11-10\",\"validThrough\":\"2026-12-31\"")
        .contains("\"fetchedAt\":\"2026-11-24T16:05:33Z\"")
        .contains("\"experienceYears\":{\"min\":3,\"max\":null}")
        .contains("\"kind\":\"OTE\"")
        .doesNotContain("45.0")
        .doesNotContain("ordered")
        .doesNotContain("bounded");
    String minimal = JobPostingJson.write(JobPosting.builder().id("sha256:0123456789abcdef")
        .source(io.github.jobnorm.model.Source.of(io.github.jobnorm.model.SourceFormat.TEXT))
        .build());
    assertThat(minimal).contains("\"title\":null,\"company\":null,\"locations\":[]")
        .contains("\"qualifications\":{\"required\":[],\"preferred\":[]}")
        .contains("\"description\":\"\"");
  }

  @Test
  void prettyOutputIsIndentedWithOneSpaceAfterColons() {
    String pretty = JobPostingJson.write(Postings.full(), true);
    assertThat(pretty).startsWith("{\n  \"schemaVersion\": \"1\",\n  \"id\": ")
        .contains("\"benefits\": [\n    \"Paid time off\"\n  ]");
  }

  @Test
  void readsFilesOfALaterVersionThatAddFields() throws Exception {
    String json = JobPostingJson.write(Postings.full()).replaceFirst("\\{", "{\"newField\":1,");
    assertThat(JobPostingJson.read(json)).isEqualTo(Postings.full());
  }

  @Test
  void rejectsTextThatIsNotJson() {
    assertThatThrownBy(() -> JobPostingJson.read("not json"))
        .isInstanceOf(JsonProcessingException.class);
  }

  private static List<String> names(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
