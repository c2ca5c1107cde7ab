package io.github.jobnorm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.jobnorm.fixtures.Fixtures;
import io.github.jobnorm.json.JobPostingJson;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParseCommandTest {
  @TempDir Path dir;
  Path reference;

  @BeforeEach
  void copyReference() throws Exception {
    reference = CliRun.copyReference(dir);
  }

  @Test
  void printsThePostingAsOneJsonObjectAndNothingElse() throws Exception {
    CliRun r = CliRun.run("parse", reference.toString());
    assertThat(r.exitCode()).isEqualTo(0);
    assertThat(r.err()).isEmpty();
    assertThat(r.out().lines()).hasSize(1);
    JsonNode json = JobPostingJson.mapper().readTree(r.out());
    assertThat(json.get("id").asText()).isEqualTo("linkedin:4104804862");
    assertThat(json.get("title").asText()).isEqualTo("Research Scientist Intern");
  }

  @Test
  void prettyIndents() {
    CliRun r = CliRun.run("parse", "--pretty", reference.toString());
    assertThat(r.exitCode()).isEqualTo(0);
    assertThat(r.out()).startsWith("{\n  \"schemaVersion\": \"1\",\n");
  }

  @Test
  void readsStandardInput() {
    CliRun r = CliRun.runWithStdin(Fixtures.get("linkedin", "linkedin-4104804862").text(),
        "parse", "-");
    assertThat(r.exitCode()).isEqualTo(0);
    assertThat(r.out()).contains("\"id\":\"linkedin:4104804862\"");
  }

  @Test
  void aMissingFileIsOneLineOnStderrAndExit3() {
    Path missing = dir.resolve("missing.txt");
    CliRun r = CliRun.run("parse", missing.toString());
    assertThat(r.exitCode()).isEqualTo(ExitCodes.NOTHING_READ);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).isEqualTo("jobnorm: " + missing + ": no such file\n");
  }

  @Test
  void anEmptyFolderAnEmptyFileAndABinaryFileEachSayWhy() throws Exception {
    Path empty = Files.createFile(dir.resolve("empty.txt"));
    Path binary = dir.resolve("logo.png");
    Files.write(binary, new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0});
    Path folder = Files.createDirectory(dir.resolve("nothing-here"));
    Files.createFile(folder.resolve(".hidden.txt"));
    assertThat(CliRun.run("parse", folder.toString()).err())
        .isEqualTo("jobnorm: " + folder + ": no files in this directory\n");
    assertThat(CliRun.run("parse", empty.toString()).err())
        .isEqualTo("jobnorm: " + empty + ": input is empty\n");
    CliRun bin = CliRun.run("parse", binary.toString());
    assertThat(bin.exitCode()).isEqualTo(ExitCodes.NOTHING_READ);
    assertThat(bin.err()).isEqualTo(
        "jobnorm: " + binary + ": input is binary (PNG image), not a text, HTML or JSON posting\n");
    assertThat(bin.err()).doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void someFailedGivesExit1AndTheOthersAreWritten() {
    CliRun r = CliRun.run("parse", reference.toString(), dir.resolve("nope.txt").toString());
    assertThat(r.exitCode()).isEqualTo(ExitCodes.SOME_FAILED);
    assertThat(r.out().lines()).hasSize(1);
    assertThat(r.err()).contains("nope.txt: no such file");
  }

  @Test
  void usageErrorsGiveExit2() {
    CliRun noArgs = CliRun.run("parse");
    assertThat(noArgs.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(noArgs.err()).startsWith("jobnorm: Missing required parameter: 'INPUT'")
        .contains("Try 'jobnorm parse --help'");
    CliRun badTime = CliRun.run("parse", "--reference-time", "yesterday", reference.toString());
    assertThat(badTime.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(CliRun.run("frobnicate").exitCode()).isEqualTo(ExitCodes.USAGE);
  }

  @Test
  void helpListsTheExitCodesAndVersionPrints() {
    CliRun help = CliRun.run("parse", "--help");
    assertThat(help.exitCode()).isEqualTo(0);
    assertThat(help.out()).contains("Usage: jobnorm parse").contains("Exit codes:")
        .contains("3  no input gave a posting");
    CliRun version = CliRun.run("--version");
    assertThat(version.exitCode()).isEqualTo(0);
    assertThat(version.out()).startsWith("jobnorm ");
  }
}
