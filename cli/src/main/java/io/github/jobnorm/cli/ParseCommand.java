package io.github.jobnorm.cli;

import io.github.jobnorm.JobNorm;
import io.github.jobnorm.ParseOptions;
import io.github.jobnorm.ParseResult;
import io.github.jobnorm.json.JobPostingJson;
import io.github.jobnorm.json.JobPostingJsonLd;
import io.github.jobnorm.model.JobPosting;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** {@code jobnorm parse}: postings from files or standard input, as JSON. */
@Command(
    name = "parse",
    mixinStandardHelpOptions = true,
    description = "Parses postings from files (or - for standard input) and writes them as JSON:"
        + " one object for one posting, one object per line (JSON Lines) for several.",
    footer = ExitCodes.FOOTER)
final class ParseCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @ParentCommand Main main;

  @Parameters(arity = "1..*", paramLabel = "INPUT", description = "A posting file, or - for stdin.")
  List<String> inputs;

  @Option(names = "--pretty", description = "Indent the JSON (one posting only).")
  boolean pretty;

  /** What the postings are written as. */
  enum Format {
    /** The JobPosting contract JSON. */
    JSON,
    /** schema.org JobPosting JSON-LD, as Google for Jobs reads it. */
    JSONLD;

    /** Reads {@code json} or {@code jsonld}, in any case. */
    static final class Converter implements ITypeConverter<Format> {
      @Override
      public Format convert(String value) {
        try {
          return Format.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
          throw new TypeConversionException("expected json or jsonld, not '" + value + "'");
        }
      }
    }
  }

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "json",
      converter = Format.Converter.class,
      description = "json (the JobPosting contract) or jsonld (schema.org JobPosting JSON-LD);"
          + " default: ${DEFAULT-VALUE}.")
  Format format;

  @Option(names = "--reference-time", paramLabel = "INSTANT",
      description = "Resolve relative dates (\"2 weeks ago\") against this instant,"
          + " e.g. 2026-11-24T16:05:33Z. Without it they stay unresolved, with a warning.")
  Instant referenceTime;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ParseOptions base = ParseOptions.builder().referenceTime(referenceTime).build();
    List<JobPosting> postings = new ArrayList<>();
    int failed = 0;
    for (String input : inputs) {
      ParseResult result = "-".equals(input)
          ? JobNorm.parse(main.stdin(), base.newBuilder().inputName("<stdin>").build())
          : JobNorm.parse(Path.of(input), base);
      if (result.isSuccess()) {
        postings.addAll(result.postings());
      } else {
        failed++;
        err.println("jobnorm: " + result.failure());
      }
    }
    boolean one = postings.size() == 1;
    for (JobPosting p : postings) {
      out.println(format == Format.JSONLD
          ? JobPostingJsonLd.write(p, pretty && one)
          : JobPostingJson.write(p, pretty && one));
    }
    out.flush();
    err.flush();
    return ExitCodes.forRun(inputs.size(), failed);
  }
}
