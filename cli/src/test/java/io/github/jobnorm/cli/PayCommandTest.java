package io.github.jobnorm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.jobnorm.json.JobPostingJson;
import org.junit.jupiter.api.Test;

class PayCommandTest {

  @Test
  void printsTheReferenceRangeAsJson() throws Exception {
    CliRun r = CliRun.run("pay", "between $45 and $65/hour");
    assertThat(r.exitCode()).isEqualTo(0);
    assertThat(r.err()).isEmpty();
    assertThat(r.out())
        .isEqualTo(
            "[{\"min\":45,\"max\":65,\"currency\":\"USD\",\"period\":\"HOUR\",\"annualMin\":93600,"
                + "\"annualMax\":135200,\"appliesTo\":null,\"kind\":\"BASE\","
                + "\"text\":\"between $45 and $65/hour\"}]"
                + System.lineSeparator());
  }

  @Test
  void countryDecidesTheDollarAndWarningsGoToStderr() throws Exception {
    CliRun r = CliRun.run("pay", "--country", "au", "Salary:", "$120k", "-", "$140k");
    assertThat(r.exitCode()).isEqualTo(0);
    JsonNode range = JobPostingJson.mapper().readTree(r.out()).get(0);
    assertThat(range.get("currency").asText()).isEqualTo("AUD");
    assertThat(range.get("min").asInt()).isEqualTo(120000);
    assertThat(r.err()).isEmpty();

    CliRun inferred = CliRun.run("pay", "Pay: $120k - $140k");
    assertThat(inferred.err())
        .isEqualTo("jobnorm: warning: pay period not stated; assumed YEAR from magnitude"
            + System.lineSeparator());
  }

  @Test
  void readsDisplayStringsAndStdin() throws Exception {
    CliRun naukri = CliRun.run("pay", "5-10 Lacs PA");
    JsonNode range = JobPostingJson.mapper().readTree(naukri.out()).get(0);
    assertThat(range.get("currency").asText()).isEqualTo("INR");
    assertThat(range.get("max").asInt()).isEqualTo(1_000_000);

    CliRun stdin = CliRun.runWithStdin("We raised $50M. Pay: £30,000 - £35,000 per annum.", "pay", "-");
    JsonNode fromStdin = JobPostingJson.mapper().readTree(stdin.out());
    assertThat(fromStdin).hasSize(1);
    assertThat(fromStdin.get(0).get("currency").asText()).isEqualTo("GBP");
    assertThat(fromStdin.get(0).get("min").asInt()).isEqualTo(30_000);
    assertThat(fromStdin.get(0).get("max").asInt()).isEqualTo(35_000);
    assertThat(fromStdin.get(0).get("period").asText()).isEqualTo("YEAR");
    assertThat(stdin.err()).isEmpty();
  }

  @Test
  void noPayGivesAnEmptyArray() {
    CliRun r = CliRun.run("pay", "We raised $50M and serve 10,000 customers since 2014.");
    assertThat(r.exitCode()).isEqualTo(0);
    assertThat(r.out().strip()).isEqualTo("[]");
  }

  @Test
  void badCountryIsAUsageError() {
    CliRun r = CliRun.run("pay", "--country", "XX", "$45/hour");
    assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("--country");
  }
}
