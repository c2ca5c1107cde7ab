package io.github.jobnorm.cli;

import io.github.jobnorm.ParseOptions;
import io.github.jobnorm.source.table.TableColumns;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** {@code jobnorm parse}: postings from files, folders, tables or standard input. */
@Command(
    name = "parse",
    mixinStandardHelpOptions = true,
    description = {
        "Parses postings and writes them as JSON, JSON Lines, CSV or JSON-LD, in input order.",
        "An INPUT is a posting file (LinkedIn text or page, JSON-LD, ATS JSON), a table (CSV with"
            + " a header, JSON Lines, a JSON array of flat objects: one posting per row), a folder"
            + " (every file under it, hidden ones skipped, sorted), a glob, - for standard"
            + " input, or an http(s) URL (fetched politely: robots.txt, one request a second per"
            + " site).",
        "A failed input or row is reported on stderr (jobnorm: INPUT[:row N]: reason) and the"
            + " batch goes on."},
    footer = ExitCodes.FOOTER)
final class ParseCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @ParentCommand Main main;
  @Mixin OutputOption output;

  @Parameters(arity = "1..*", paramLabel = "INPUT",
      description = "Files, folders, globs, URLs, or - for standard input.")
  List<String> inputs;

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT",
      description = "json, jsonl, csv or jsonld. Default: json for one posting, jsonl (one JSON"
          + " object per line) for several. -f json writes several as one array.")
  OutputFormat format;

  @Option(names = {"-i", "--input-format"}, paramLabel = "FORMAT", defaultValue = "auto",
      description = "auto, text, html, json, csv or jsonl (default: ${DEFAULT-VALUE}: by file"
          + " extension, then by content).")
  InputFormat inputFormat;

  @Option(names = "--pretty", description = "Indent the JSON (json and jsonld formats).")
  boolean pretty;

  @Option(names = {"-j", "--jobs"}, paramLabel = "N",
      description = "Parse on N threads (default: the number of processors). Output keeps the"
          + " input order.")
  Integer jobs;

  @Option(names = "--columns", paramLabel = "FIELD=COLUMN[,...]",
      converter = ColumnsConverter.class,
      description = "Read table fields from other columns, e.g. title=Job Title,description=Body."
          + " Fields: id, site, url, title, company, company_url, location, remote, description,"
          + " salary, pay_min, pay_max, pay_median, pay_currency, pay_period, employment_type,"
          + " seniority, workplace_type, posted_at, valid_through, applicants.")
  TableColumns columns = TableColumns.standard();

  @Option(names = "--errors", paramLabel = "FILE",
      description = "Also write each failure as a JSON line: input, row, reason, message.")
  Path errors;

  @Option(names = "--fail-fast", description = "Stop at the first input or row that fails.")
  boolean failFast;

  @Option(names = {"-q", "--quiet"},
      description = "No progress bar and no summary line; failures are still reported.")
  boolean quiet;

  @Option(names = "--reference-time", paramLabel = "INSTANT",
      description = "Resolve relative dates (\"2 weeks ago\") against this instant,"
          + " e.g. 2026-11-24T16:05:33Z. Without it they stay unresolved, with a warning.")
  Instant referenceTime;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    int threads = jobs == null ? Runtime.getRuntime().availableProcessors() : jobs;
    if (threads < 1) {
      throw new ParameterException(spec.commandLine(), "--jobs must be at least 1, was " + threads);
    }
    for (Path file : new Path[] {output.output, errors}) {
      Path parent = file == null ? null : file.toAbsolutePath().getParent();
      if (parent != null && !Files.isDirectory(parent)) {
        throw new ParameterException(spec.commandLine(),
            "cannot write " + file + ": no such directory " + parent);
      }
    }
    long start = System.nanoTime();
    List<Input> expanded = Inputs.expand(inputs, output.output);
    BatchRun.Settings settings = new BatchRun.Settings(
        ParseOptions.builder().referenceTime(referenceTime).build(), inputFormat, columns,
        threads, failFast);
    Progress progress = new Progress(err, main.stderrIsTerminal() && !quiet, totalBytes(expanded));
    BatchRun.Totals totals;
    try (OutputOption.Target out = output.open(spec.commandLine().getOut());
        AtomicFile errorFile = errors == null ? null : AtomicFile.open(errors)) {
      PostingWriter writer = OutputFormat.writer(format, out.writer(), pretty);
      FailureLog log = errorFile == null ? null : new FailureLog(errorFile.writer());
      totals = new BatchRun(settings, main.stdin(), new UrlInputs(main::fetcher), writer, log,
          progress).run(expanded);
      writer.finish();
      if (totals.parsed() > 0) {
        out.commit();
      }
      if (errorFile != null) {
        errorFile.commit();
      }
    }
    if (!quiet && totals.units() > 1) {
      err.println(summary(totals, (System.nanoTime() - start) / 1e9));
    }
    err.flush();
    return ExitCodes.forRun(totals.parsed(), totals.failed());
  }

  /** {@code parsed 9,812, failed 3, 41.2 s}. */
  static String summary(BatchRun.Totals t, double seconds) {
    return String.format(Locale.ROOT, "parsed %,d, failed %,d, %.1f s", t.parsed(), t.failed(),
        seconds);
  }

  private static long totalBytes(List<Input> inputs) {
    long total = 0;
    for (Input i : inputs) {
      if (i.kind() == Input.Kind.STDIN || i.kind() == Input.Kind.URL) {
        return -1;
      }
      try {
        total += i.file() != null && Files.isRegularFile(i.file()) ? Files.size(i.file()) : 0;
      } catch (IOException e) {
        // an unreadable file is reported when it is parsed; it adds nothing to the total
      }
    }
    return total;
  }

  /** Parses {@code --columns}. */
  static final class ColumnsConverter implements ITypeConverter<TableColumns> {
    @Override
    public TableColumns convert(String value) {
      try {
        return TableColumns.standard().withOverrides(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }
}
