package io.github.jobnorm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.jobnorm.json.JobPostingJson;
import org.junit.jupiter.api.Test;

/** {@code jobnorm location}. */
class LocationCommandTest {

  @Test
  void printsTheParsedLocationsAsJson() throws Exception {
    CliRun r = CliRun.run("location", "Tel Aviv-Yafo, Tel Aviv District, Israel");
    assertThat(r.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(r.err()).isEmpty();
    JsonNode json = JobPostingJson.mapper().readTree(r.out());
    JsonNode place = json.get("locations").get(0);
    assertThat(place.get("raw").asText()).isEqualTo("Tel Aviv-Yafo, Tel Aviv District, Israel");
    assertThat(place.get("city").asText()).isEqualTo("Tel Aviv");
    assertThat(place.get("region").asText()).isEqualTo("TA");
    assertThat(place.get("country").asText()).isEqualTo("IL");
    assertThat(place.get("remote").asBoolean()).isFalse();
    assertThat(json.get("workplaceType").isNull()).isTrue();
  }

  @Test
  void theCountryOptionSettlesAmbiguousNamesAndEachTextGetsItsObject() throws Exception {
    CliRun r = CliRun.run("location", "--country", "AU", "Perth, WA", "Remote - US");
    assertThat(r.exitCode()).isEqualTo(ExitCodes.OK);
    var objects = JobPostingJson.mapper().readerFor(JsonNode.class).readValues(r.out())
        .readAll();
    assertThat(objects).hasSize(2);
    JsonNode perth = ((JsonNode) objects.get(0)).get("locations").get(0);
    assertThat(perth.get("region").asText()).isEqualTo("WA");
    assertThat(perth.get("country").asText()).isEqualTo("AU");
    JsonNode remote = (JsonNode) objects.get(1);
    assertThat(remote.get("workplaceType").asText()).isEqualTo("REMOTE");
    assertThat(remote.get("locations").get(0).get("remote").asBoolean()).isTrue();
  }

  @Test
  void withoutTextItIsAUsageError() {
    assertThat(CliRun.run("location").exitCode()).isEqualTo(ExitCodes.USAGE);
  }
}
