package io.github.jobnorm;

import io.github.jobnorm.internal.Pipeline;
import io.github.jobnorm.source.table.TableColumns;
import io.github.jobnorm.source.table.TableFormat;
import io.github.jobnorm.source.table.TableReader;
import io.github.jobnorm.source.table.TableRow;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * The entry point: parse a job posting from text, a file or a stream into {@link
 * io.github.jobnorm.model.JobPosting}s. The format (LinkedIn text or HTML, schema.org JSON-LD,
 * an ATS feed) is detected; a failure is returned, never thrown.
 *
 * <pre>{@code
 * ParseResult result = JobNorm.parse(Path.of("linkedin-4104804862.txt"));
 * if (result.isSuccess()) {
 *   JobPosting posting = result.posting();
 *   System.out.println(posting.title() + " " + posting.pay());
 * } else {
 *   System.err.println(result.failure());   // e.g. "<file>: input is empty"
 * }
 * }</pre>
 *
 * <p>Tables (CSV, JSON Lines, JSON arrays of flat objects) are read row by row, so that a file
 * of any size is parsed in constant memory; reading is sequential, normalizing a row may run on
 * any thread:
 *
 * <pre>{@code
 * try (TableReader rows = JobNorm.readTable(in, TableFormat.CSV, TableColumns.standard(), "jobs.csv")) {
 *   rows.forEachRemaining(row -> handle(JobNorm.parse(row, ParseOptions.defaults())));
 * }
 * }</pre>
 *
 * <p>All methods are thread-safe.
 */
public final class JobNorm {
  private JobNorm() {}

  /** Parses text with the default options. */
  public static ParseResult parse(String text) {
    return Pipeline.parse(text, ParseOptions.defaults());
  }

  /** Parses text. */
  public static ParseResult parse(String text, ParseOptions options) {
    return Pipeline.parse(text, options);
  }

  /** Parses a file with the default options; the path names the input in failures. */
  public static ParseResult parse(Path file) {
    return Pipeline.parse(file, ParseOptions.defaults());
  }

  /** Parses a file. */
  public static ParseResult parse(Path file, ParseOptions options) {
    return Pipeline.parse(file, options);
  }

  /** Parses a stream, reading at most {@link ParseOptions#maxBytes()}; does not close it. */
  public static ParseResult parse(InputStream in, ParseOptions options) {
    return Pipeline.parse(in, options);
  }

  /**
   * Opens a table whose rows are postings; see {@link TableReader}. Closing the reader closes
   * the stream.
   */
  public static TableReader readTable(
      InputStream in, TableFormat format, TableColumns columns, String inputName) {
    return TableReader.open(in, format, columns, inputName);
  }

  /**
   * Normalizes one table row; a row that could not be read gives its failure, whose {@code
   * position} is the row number. Of the options, only the reference time and the country hint
   * apply: the row itself says where it came from.
   */
  public static ParseResult parse(TableRow row, ParseOptions options) {
    return Pipeline.parse(row, options);
  }
}
