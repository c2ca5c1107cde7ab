package io.github.jobnorm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jobnorm.fixtures.Fixtures;
import io.github.jobnorm.json.JobPostingSchema;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** validate, schema, completion. */
class OtherCommandsTest {
  @TempDir Path dir;

  @Test
  void validateReportsViolationsPerLine() throws Exception {
    Path reference = dir.resolve("ref.txt");
    Files.write(reference, Fixtures.get("linkedin", "linkedin-4104804862").bytes());
    String good = CliRun.run("parse", "-f", "jsonl", reference.toString()).out().strip();
    String badCurrency = good.replaceFirst("\"id\":\"linkedin:4104804862\"", "\"id\":\"a b\"");
    Path file = Files.writeString(dir.resolve("postings.jsonl"),
        good + "\n\n" + badCurrency + "\n{not json\n");
    CliRun r = CliRun.run("validate", file.toString());
    assertThat(r.exitCode()).isEqualTo(ExitCodes.SOME_FAILED);
    assertThat(r.out().lines()).containsExactly(
        file + ":3: id: must not contain white space (was \"a b\")",
        file + ":4: not a JobPosting JSON object: Unexpected character ('n' (code 110)):"
            + " was expecting double-quote to start field name");
    assertThat(r.err()).isEqualTo("valid 1, invalid 2\n");

    CliRun ok = CliRun.runWithStdin(good + "\n", "validate", "-");
    assertThat(ok.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(ok.out()).isEmpty();
    CliRun missing = CliRun.run("validate", dir.resolve("nope.jsonl").toString());
    assertThat(missing.exitCode()).isEqualTo(ExitCodes.NOTHING_READ);
    assertThat(missing.err()).isEqualTo("jobnorm: " + dir.resolve("nope.jsonl")
        + ": no such file\n");
  }

  @Test
  void schemaPrintsTheGeneratedSchema() throws Exception {
    CliRun r = CliRun.run("schema");
    assertThat(r.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(r.out()).isEqualTo(JobPostingSchema.json());
    Path out = dir.resolve("schema.json");
    assertThat(CliRun.run("schema", "-o", out.toString()).exitCode()).isZero();
    assertThat(Files.readString(out)).isEqualTo(JobPostingSchema.json());
  }

  @Test
  void completionPrintsABashScriptForEveryCommand() {
    CliRun r = CliRun.run("completion");
    assertThat(r.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(r.out()).contains("complete -F _complete_jobnorm")
        .contains("parse").contains("validate").contains("--input-format").contains("--fail-fast");
  }

  @Test
  void helpDocumentsExitCodesForEveryCommand() {
    for (String command : new String[] {"parse", "validate", "schema", "completion"}) {
      CliRun r = CliRun.run(command, "--help");
      assertThat(r.exitCode()).isZero();
      assertThat(r.out()).contains("Exit codes:").contains("1  some inputs failed");
    }
    assertThat(CliRun.run("parse", "--help").out()).contains("--errors=FILE")
        .contains("-j, --jobs=N").contains("--columns=FIELD=COLUMN");
  }
}
