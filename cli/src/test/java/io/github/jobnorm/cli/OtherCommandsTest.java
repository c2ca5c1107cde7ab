package io.github.jobnorm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jobnorm.fixtures.Fixtures;
import io.github.jobnorm.json.JobPostingSchema;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** validate, schema, completion, and what a defect looks like to the user. */
class OtherCommandsTest {
  @TempDir Path dir;

  /** A command with a bug. */
  @CommandLine.Command(name = "defect")
  static final class Defect implements Callable<Integer> {
    @Override
    public Integer call() {
      throw new IllegalStateException("a bug");
    }
  }

  @Test
  void aDefectIsOneLineOnStderrAndExit4WithoutAStackTrace() {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = Main.commandLine(new ByteArrayInputStream(new byte[0]));
    cl.addSubcommand("defect", new Defect());
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));

    int code = cl.execute("defect");

    assertThat(code).isEqualTo(ExitCodes.INTERNAL);
    assertThat(out.toString()).isEmpty();
    assertThat(err.toString()).isEqualTo("jobnorm: internal error: java.lang.IllegalStateException: a bug"
        + " (please report it with the input)\n");
  }

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
    Set<String> commands = new TreeSet<>(
        Main.commandLine(new ByteArrayInputStream(new byte[0])).getSubcommands().keySet());
    commands.remove("help");
    assertThat(commands).containsExactly("board", "completion", "fetch", "location", "parse",
        "pay", "run", "schema", "search", "validate");
    for (String command : commands) {
      CliRun r = CliRun.run(command, "--help");
      assertThat(r.exitCode()).as(command).isZero();
      if (command.equals("run")) {
        assertThat(r.out()).contains("Exit codes:").contains("1  some sources failed")
            .contains("5  another run holds the store's lock");
      } else {
        assertThat(r.out()).as(command).contains(
            String.format(ExitCodes.FOOTER).lines().toArray(String[]::new));
      }
    }
    assertThat(CliRun.run("parse", "--help").out()).contains("--errors=FILE")
        .contains("-j, --jobs=N").contains("--columns=FIELD=COLUMN");
  }
}
