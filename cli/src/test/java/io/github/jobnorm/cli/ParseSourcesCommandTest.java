package io.github.jobnorm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.jobnorm.fixtures.Fixtures;
import io.github.jobnorm.json.JobPostingJson;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The source formats through the CLI, with no flags: detection picks the parser. */
class ParseSourcesCommandTest {
  @TempDir Path dir;

  private Path copy(String source, String name, String file) throws Exception {
    return Files.write(dir.resolve(file), Fixtures.get(source, name).bytes());
  }

  @Test
  void parsesALinkedInPageWithNoFlags() throws Exception {
    Path page = copy("linkedin", "eaton-supply-chain-analyst", "page.html");
    CliRun r = CliRun.run("parse", page.toString());
    assertThat(r.exitCode()).isEqualTo(0);
    assertThat(r.err()).isEmpty();
    JsonNode json = JobPostingJson.mapper().readTree(r.out());
    assertThat(json.get("id").asText()).isEqualTo("linkedin:4288556033");
    assertThat(json.get("postedAt").asText()).isEqualTo("2025-09-16");
  }

  @Test
  void parsesAGreenhouseResponseWithNoFlags() throws Exception {
    Path feed = copy("greenhouse", "northwind-board-jobs", "greenhouse.json");
    CliRun r = CliRun.run("parse", feed.toString());
    assertThat(r.exitCode()).isEqualTo(0);
    assertThat(r.out().lines()).hasSize(2).allSatisfy(line ->
        assertThat(line).startsWith("{\"schemaVersion\":\"1\",\"id\":\"greenhouse:"));
  }

  @Test
  void writesJsonLdOnRequest() throws Exception {
    Path page = copy("jsonld", "indeed-senior-devops-engineer", "indeed.html");
    CliRun r = CliRun.run("parse", "--format", "jsonld", "--pretty", page.toString());
    assertThat(r.exitCode()).isEqualTo(0);
    assertThat(r.out()).startsWith("{\n  \"@context\": \"https://schema.org/\",\n");
    JsonNode json = JobPostingJson.mapper().readTree(r.out());
    assertThat(json.get("@type").asText()).isEqualTo("JobPosting");
    assertThat(json.at("/baseSalary/currency").asText()).isEqualTo("AUD");
    assertThat(json.at("/baseSalary/value/unitText").asText()).isEqualTo("YEAR");
  }

  @Test
  void aSignInWallSaysSo() throws Exception {
    Path wall = Files.writeString(dir.resolve("wall.html"), "<html><head>"
        + "<meta name=\"pageKey\" content=\"d_authwall_jobs\"><title>Sign Up | LinkedIn</title>"
        + "</head><body><form class=\"authwall-join-form__form\"><input name=\"session_key\">"
        + "</form></body></html>");
    CliRun r = CliRun.run("parse", wall.toString());
    assertThat(r.exitCode()).isEqualTo(ExitCodes.NOTHING_READ);
    assertThat(r.err()).startsWith("jobnorm: " + wall + ": this is LinkedIn's sign-in wall");
  }
}
