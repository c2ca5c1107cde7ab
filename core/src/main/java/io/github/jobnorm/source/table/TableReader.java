package io.github.jobnorm.source.table;

import io.github.jobnorm.ParseFailure.Reason;
import io.github.jobnorm.ParseOptions;
import io.github.jobnorm.source.RawPosting;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;

/**
 * Reads a table (CSV, JSON Lines, a JSON array of objects) one row at a time, so that a file of
 * any size is read in constant memory. Each row is a {@link TableRow}: the raw pieces of one
 * posting with {@code format} {@code CSV_ROW}, or why that row could not be read. A broken row
 * does not end the table, except where the format cannot be resynchronized (an unterminated
 * quote runs to the end of a CSV file; broken JSON ends a JSON array): then the failure says the
 * rest was not read. A header that names no title or description column gives one failure, row
 * 0.
 *
 * <p>Not thread-safe. Closing the reader closes the stream.
 *
 * <pre>{@code
 * try (TableReader rows = TableReader.open(in, TableFormat.CSV, TableColumns.standard(), "jobs.csv")) {
 *   while (rows.hasNext()) {
 *     TableRow row = rows.next();
 *   }
 * }
 * }</pre>
 */
public abstract class TableReader implements Iterator<TableRow>, Closeable {
  private final String input;
  private final Reader reader;
  private TableRow next;
  private boolean done;
  private long row;

  TableReader(String input, Reader reader) {
    this.input = input;
    this.reader = reader;
  }

  /**
   * A reader of the table in {@code in}, decoded as UTF-8 (a byte-order mark is skipped).
   *
   * @param in the table's bytes; closed when the reader is closed
   * @param format how the table is written
   * @param columns which column fills which field
   * @param input the table's name in failures (a path, {@code <stdin>})
   */
  public static TableReader open(
      InputStream in, TableFormat format, TableColumns columns, String input) {
    Objects.requireNonNull(in, "in == null");
    Objects.requireNonNull(columns, "columns == null");
    String name = input == null ? ParseOptions.DEFAULT_INPUT_NAME : input;
    Reader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
    switch (Objects.requireNonNull(format, "format == null")) {
      case CSV:
        return new CsvTableReader(name, r, columns);
      case JSON_LINES:
        return new JsonLinesTableReader(name, (BufferedReader) r, columns);
      default:
        return new JsonArrayTableReader(name, r, columns);
    }
  }

  /** The table's name in failures. */
  public String input() {
    return input;
  }

  /** The number of the last row returned. */
  public long rowsRead() {
    return row;
  }

  @Override
  public boolean hasNext() {
    if (next == null && !done) {
      try {
        next = read();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + input, e);
      }
      done = done || next == null;
    }
    return next != null;
  }

  @Override
  public TableRow next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    TableRow r = next;
    next = null;
    return r;
  }

  @Override
  public void close() throws IOException {
    done = true;
    reader.close();
  }

  /** The next row, or null at the end; numbers rows through {@link #row} and {@link #fail}. */
  abstract TableRow read() throws IOException;

  /** A row of cells under a header. */
  final TableRow row(TableHeader header, List<String> cells) {
    row++;
    if (cells.size() != header.columns().size()) {
      return TableRow.failed(input, row, Reason.MALFORMED, "row has " + cells.size()
          + " cells but the header has " + header.columns().size() + "; check its quoting");
    }
    RawPosting raw = RowMapping.toRaw(header, cells);
    if (raw.title() == null && raw.description().isBlank()) {
      return TableRow.failed(input, row, Reason.EMPTY_INPUT,
          "row has neither a title nor a description");
    }
    return TableRow.of(input, row, raw);
  }

  /** The next row's failure. */
  final TableRow fail(Reason reason, String message) {
    row++;
    return TableRow.failed(input, row, reason, message);
  }

  /** A failure of the whole table, before any row: row 0. */
  final TableRow headerFailure(String message) {
    done = true;
    return TableRow.failed(input, 0, Reason.NOT_A_POSTING, message);
  }

  /** The header matched, or null after recording why it cannot be used. */
  static TableHeader header(TableColumns columns, List<String> headings, StringBuilder why) {
    TableHeader h;
    try {
      h = columns.match(headings);
    } catch (IllegalArgumentException e) {
      why.append(e.getMessage());
      return null;
    }
    if (!h.isUsable()) {
      why.append("no title or description column in the header ").append(headings)
          .append("; name them with column overrides such as title=Job Title");
      return null;
    }
    return h;
  }
}
