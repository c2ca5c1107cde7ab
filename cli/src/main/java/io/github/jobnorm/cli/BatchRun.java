package io.github.jobnorm.cli;

import io.github.jobnorm.JobNorm;
import io.github.jobnorm.ParseFailure.Reason;
import io.github.jobnorm.ParseOptions;
import io.github.jobnorm.model.JobPosting;
import io.github.jobnorm.source.table.TableColumns;
import io.github.jobnorm.source.table.TableFormat;
import io.github.jobnorm.source.table.TableReader;
import io.github.jobnorm.source.table.TableRow;
import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * One {@code jobnorm parse} run over its inputs: reads documents and table rows in input order,
 * parses them on the batch's threads, and writes postings and failures in input order as they
 * come, so that memory stays flat on inputs of any size.
 */
final class BatchRun {
  /** How much of an input is looked at to tell a table from a posting. */
  private static final int SNIFF_BYTES = 1 << 20;

  /** What the run is told. */
  record Settings(ParseOptions options, InputFormat inputFormat, TableColumns columns, int jobs,
      boolean failFast) {}

  /** What the run did: postings written, units (documents and rows) failed, units in all. */
  record Totals(long parsed, long failed, long units) {}

  private final Settings settings;
  private final InputStream stdin;
  private final PostingWriter writer;
  private final FailureLog log;
  private final Progress progress;
  private final UrlInputs urls;
  private long parsed;
  private long failed;
  private long units;
  private long bytesDone;

  BatchRun(Settings settings, InputStream stdin, UrlInputs urls, PostingWriter writer,
      FailureLog log, Progress progress) {
    this.settings = settings;
    this.urls = urls;
    this.stdin = stdin;
    this.writer = writer;
    this.log = log;
    this.progress = progress;
  }

  Totals run(List<Input> inputs) {
    try (OrderedBatch batch = new OrderedBatch(settings.jobs(), this::accept)) {
      for (Input input : inputs) {
        if (batch.stopped()) {
          break;
        }
        read(input, batch);
      }
      batch.finish();
    }
    progress.clear();
    return new Totals(parsed, failed, units);
  }

  private boolean accept(Outcome o) {
    units++;
    bytesDone += o.bytes();
    try {
      if (o.result().isSuccess()) {
        for (JobPosting p : o.result().postings()) {
          writer.write(p);
          parsed++;
        }
      } else {
        failed++;
        progress.println("jobnorm: " + o.where() + ": " + o.result().failure().message());
        if (log != null) {
          log.write(o);
        }
        if (settings.failFast()) {
          return false;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the output", e);
    }
    progress.update(parsed, failed, bytesDone);
    return true;
  }

  private void read(Input input, OrderedBatch batch) {
    String name = input.name();
    switch (input.kind()) {
      case NOTHING:
        batch.submit(name, 0, () -> Outcome.failed(name, 0, Reason.UNREADABLE, input.problem()));
        return;
      case URL:
        batch.submit(name, 0, () -> urls.fetchAndParse(name, documentOptions(name)));
        return;
      case STDIN:
        readStdin(batch);
        return;
      default:
        readFile(input.file(), name, batch);
    }
  }

  private void readStdin(OrderedBatch batch) {
    BufferedInputStream in = new BufferedInputStream(new KeepOpen(stdin), 1 << 16);
    TableFormat table;
    try {
      table = tableFormat(null, head(in));
    } catch (IOException e) {
      batch.submit("<stdin>", 0, () -> Outcome.failed("<stdin>", 0, Reason.UNREADABLE,
          "cannot read: " + e.getMessage()));
      return;
    }
    if (table != null) {
      readTable(in, table, "<stdin>", batch);
      return;
    }
    ParseOptions o = documentOptions("<stdin>");
    batch.submit("<stdin>", 0, () -> new Outcome("<stdin>", 0, JobNorm.parse(in, o), 0));
  }

  private void readFile(Path file, String name, OrderedBatch batch) {
    ParseOptions o = documentOptions(name);
    long size = size(file);
    if (Files.isRegularFile(file)) {
      TableFormat table;
      try {
        table = tableFormat(name, needsSniff(name) ? head(file) : null);
      } catch (IOException e) {
        table = null;
      }
      if (table != null) {
        try (InputStream in = Files.newInputStream(file)) {
          readTable(in, table, name, batch);
        } catch (IOException e) {
          batch.submit(name, 0, () -> Outcome.failed(name, 0, Reason.UNREADABLE,
              "cannot read: " + e.getMessage()));
        }
        return;
      }
    }
    batch.submit(name, 0, () -> new Outcome(name, 0, JobNorm.parse(file, o), size));
  }

  private void readTable(InputStream raw, TableFormat format, String name, OrderedBatch batch) {
    Counting in = new Counting(raw);
    long before = 0;
    TableReader rows = JobNorm.readTable(in, format, settings.columns(), name);
    try {
      while (!batch.stopped() && rows.hasNext()) {
        TableRow row = rows.next();
        long bytes = in.count - before;
        before = in.count;
        batch.submit(name, row.row(), () -> new Outcome(name, row.row(),
            JobNorm.parse(row, settings.options()), bytes));
      }
    } catch (UncheckedIOException e) {
      long row = rows.rowsRead() + 1;
      batch.submit(name, row, () -> Outcome.failed(name, row, Reason.UNREADABLE,
          "cannot read: " + e.getCause().getMessage()));
    }
  }

  /** The table format of an input, or null for a posting document. */
  private TableFormat tableFormat(String name, byte[] head) {
    InputFormat given = settings.inputFormat();
    TableFormat forced = given.table();
    if (forced != null) {
      return forced == TableFormat.JSON_LINES && head != null && firstByte(head) == '['
          ? TableFormat.JSON_ARRAY : forced;
    }
    if (given != InputFormat.AUTO) {
      return null;
    }
    TableFormat byName = name == null ? null : TableFormat.fromFileName(name);
    if (byName != null) {
      return byName;
    }
    return head == null ? null : TableFormat.sniff(head);
  }

  private boolean needsSniff(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    return settings.inputFormat().table() != null
        || (settings.inputFormat() == InputFormat.AUTO
            && !(n.endsWith(".html") || n.endsWith(".htm")));
  }

  private ParseOptions documentOptions(String name) {
    return settings.inputFormat().apply(settings.options().newBuilder().inputName(name)).build();
  }

  private static int firstByte(byte[] head) {
    for (byte b : head) {
      if (!Character.isWhitespace(b) && (b & 0xFF) != 0xEF && (b & 0xFF) != 0xBB
          && (b & 0xFF) != 0xBF) {
        return b;
      }
    }
    return -1;
  }

  private static byte[] head(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return in.readNBytes(SNIFF_BYTES);
    }
  }

  private static byte[] head(BufferedInputStream in) throws IOException {
    in.mark(SNIFF_BYTES + 1);
    byte[] head = in.readNBytes(SNIFF_BYTES);
    in.reset();
    return Arrays.copyOf(head, head.length);
  }

  private static long size(Path file) {
    try {
      return Files.isRegularFile(file) ? Files.size(file) : 0;
    } catch (IOException e) {
      return 0;
    }
  }

  /** Counts the bytes read, for progress. */
  private static final class Counting extends FilterInputStream {
    volatile long count;

    Counting(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      count += b < 0 ? 0 : 1;
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      count += Math.max(n, 0);
      return n;
    }
  }

  /** Standard input stays open when a reader over it is closed. */
  private static final class KeepOpen extends FilterInputStream {
    KeepOpen(InputStream in) {
      super(in);
    }

    @Override
    public void close() {}
  }
}
