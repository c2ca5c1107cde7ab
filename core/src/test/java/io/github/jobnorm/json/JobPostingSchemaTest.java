package io.github.jobnorm.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class JobPostingSchemaTest {

  @Test
  void theShippedSchemaIsTheGeneratedOne() throws Exception {
    Path shipped = Path.of(System.getProperty("jobnorm.root", ".."))
        .resolve("docs/jobposting.schema.json");
    assertThat(Files.readString(shipped, StandardCharsets.UTF_8))
        .as("docs/jobposting.schema.json is stale: regenerate it with"
            + " ./jobnorm schema -o docs/jobposting.schema.json")
        .isEqualTo(JobPostingSchema.json());
  }

  @Test
  void theSchemaFollowsTheContract() {
    ObjectNode schema = JobPostingSchema.generate();
    assertThat(schema.get("$schema").asText())
        .isEqualTo("https://json-schema.org/draft/2020-12/schema");
    JsonNode props = schema.get("properties");
    assertThat(props.fieldNames()).toIterable().containsExactly("schemaVersion", "id", "source",
        "title", "company", "locations", "workplaceType", "employmentType", "seniority", "pay",
        "experienceYears", "postedAt", "validThrough", "applicants", "responsibilities",
        "qualifications", "benefits", "sections", "description", "warnings");
    assertThat(props.get("title").get("type").toString()).isEqualTo("[\"string\",\"null\"]");
    assertThat(props.get("locations").get("type").asText()).isEqualTo("array");
    assertThat(props.get("postedAt").get("format").asText()).isEqualTo("date");
    assertThat(props.get("id").get("pattern").asText()).isEqualTo("^(?:\\S+)$");
    JsonNode pay = props.get("pay").get("items");
    assertThat(pay.get("properties").get("period").get("enum").toString())
        .isEqualTo("[\"HOUR\",\"DAY\",\"WEEK\",\"MONTH\",\"YEAR\"]");
    assertThat(pay.get("properties").get("min").get("minimum").asInt()).isZero();
  }
}
