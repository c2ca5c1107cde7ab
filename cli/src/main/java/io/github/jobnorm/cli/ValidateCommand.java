package io.github.jobnorm.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.github.jobnorm.json.JobPostingJson;
import io.github.jobnorm.model.JobPosting;
import io.github.jobnorm.model.JobPostings;
import io.github.jobnorm.model.Violation;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code jobnorm validate}: checks a JSON Lines file of postings against the contract. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
        "Checks a JSON Lines file of postings (as written by jobnorm parse -f jsonl) against the"
            + " JobPosting contract.",
        "Prints one line per violation: FILE:LINE: path: problem. Exit 0 when every line is a"
            + " valid posting, 1 when some are not, 3 when the file cannot be read or holds no"
            + " posting."},
    footer = ExitCodes.FOOTER)
final class ValidateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @ParentCommand Main main;

  @Parameters(paramLabel = "FILE", description = "A JSON Lines file, or - for standard input.")
  String file;

  @Option(names = {"-q", "--quiet"}, description = "No summary line.")
  boolean quiet;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    long lines = 0;
    long valid = 0;
    long invalid = 0;
    try (BufferedReader r = "-".equals(file)
        ? new BufferedReader(new InputStreamReader(main.stdin(), StandardCharsets.UTF_8))
        : Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8)) {
      for (String line; (line = r.readLine()) != null; ) {
        lines++;
        if (line.isBlank()) {
          continue;
        }
        List<String> problems = problems(line);
        if (problems.isEmpty()) {
          valid++;
        } else {
          invalid++;
          for (String p : problems) {
            out.println(name() + ":" + lines + ": " + p);
          }
        }
      }
    } catch (NoSuchFileException e) {
      return unreadable(err, "no such file");
    } catch (IOException e) {
      return unreadable(err, "cannot read: " + e.getMessage());
    }
    out.flush();
    if (!quiet) {
      err.println(String.format(Locale.ROOT, "valid %,d, invalid %,d", valid, invalid));
    }
    err.flush();
    return valid + invalid == 0 ? ExitCodes.NOTHING_READ
        : invalid == 0 ? ExitCodes.OK : ExitCodes.SOME_FAILED;
  }

  private static List<String> problems(String line) {
    JobPosting posting;
    try {
      posting = JobPostingJson.read(line);
    } catch (JsonProcessingException e) {
      String m = e.getOriginalMessage();
      int nl = m.indexOf('\n');
      return List.of("not a JobPosting JSON object: " + (nl < 0 ? m : m.substring(0, nl)));
    }
    if (posting == null) {
      return List.of("not a JobPosting JSON object: null");
    }
    return JobPostings.validate(posting).stream().map(Violation::toString).toList();
  }

  private String name() {
    return "-".equals(file) ? "<stdin>" : file;
  }

  private int unreadable(PrintWriter err, String why) {
    err.println("jobnorm: " + name() + ": " + why);
    err.flush();
    return ExitCodes.NOTHING_READ;
  }
}
