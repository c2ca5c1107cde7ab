package io.github.jobnorm.store;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.jobnorm.internal.JsonLimits;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * Where change events go, one JSON object a line:
 * {@code {"seq":7,"change":"CHANGED","at":"...","source":"...","changedFields":["pay"],
 * "posting":{...},"duplicateOf":null}}.
 *
 * <p>A {@linkplain #file file} sink appends and forces each batch to disk before the store marks
 * it delivered. When opened it repairs the file (a line cut short by a kill is removed) and reads
 * the {@code seq} of its last line, so that events already in the file are marked delivered
 * rather than written again: with a file, every event is written exactly once. A {@linkplain
 * #stream stream} sink cannot look back: an event written just before a kill is written again by
 * the next run (at least once; readers drop repeated {@code seq}s).
 */
public abstract class EventSink implements Closeable {
  private static final JsonFactory JSON = JsonLimits.jsonFactory();

  private EventSink() {}

  /**
   * A sink appending to a file, created when missing, repaired when its last line is cut short.
   *
   * @throws IOException when the file cannot be opened or repaired
   */
  public static EventSink file(Path file) throws IOException {
    return new FileSink(file);
  }

  /** A sink writing to a stream it does not close, such as standard output. */
  public static EventSink stream(OutputStream out) {
    return new StreamSink(out);
  }

  /** The {@code seq} of the last event known to be written, or -1 when unknowable. */
  public abstract long lastWritten();

  /** Writes the events, in order, and makes them durable before returning. */
  public abstract void write(List<ChangeEvent> events) throws IOException;

  /** One event as its line, newline included. */
  public static byte[] line(ChangeEvent e) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator g = JSON.createGenerator(out)) {
      g.writeStartObject();
      g.writeNumberField("seq", e.seq());
      g.writeStringField("change", e.change().name());
      g.writeStringField("at", e.at().toString());
      g.writeStringField("source", e.source());
      g.writeArrayFieldStart("changedFields");
      for (String f : e.changedFields()) {
        g.writeString(f);
      }
      g.writeEndArray();
      g.writeFieldName("posting");
      g.writeRawValue(e.postingJson());
      g.writeStringField("duplicateOf", e.duplicateOf());
      g.writeEndObject();
    } catch (IOException x) {
      throw new UncheckedIOException(x);
    }
    out.write('\n');
    return out.toByteArray();
  }

  private static final class FileSink extends EventSink {
    private final FileChannel channel;
    private long last;

    FileSink(Path file) throws IOException {
      channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
          StandardOpenOption.WRITE);
      try {
        long end = lastNewline(channel, channel.size());
        if (end != channel.size()) {
          channel.truncate(end); // a line cut short by a kill; its event is still undelivered
          channel.force(true);
        }
        last = end == 0 ? 0 : seqOf(readLine(channel, lastNewline(channel, end - 1), end));
        channel.position(channel.size());
      } catch (IOException | RuntimeException e) {
        channel.close();
        throw e;
      }
    }

    /** The offset just past the last newline before {@code limit}, or 0. */
    private static long lastNewline(FileChannel ch, long limit) throws IOException {
      ByteBuffer b = ByteBuffer.allocate(8192);
      long pos = limit;
      while (pos > 0) {
        int n = (int) Math.min(b.capacity(), pos);
        b.clear().limit(n);
        ch.read(b, pos - n);
        for (int i = n - 1; i >= 0; i--) {
          if (b.get(i) == '\n') {
            return pos - n + i + 1;
          }
        }
        pos -= n;
      }
      return 0;
    }

    private static byte[] readLine(FileChannel ch, long from, long to) throws IOException {
      ByteBuffer b = ByteBuffer.allocate((int) (to - from));
      ch.read(b, from);
      return b.array();
    }

    /**
     * The seq of a line of ours; 0 when the line is not one (the file holds only what it holds).
     * Only the leading {@code seq} field is read: the posting after it may hold a description of
     * any length, and a line that could not be read back would have its events written again.
     */
    private static long seqOf(byte[] line) {
      try (JsonParser p = JSON.createParser(line)) {
        if (p.nextToken() != JsonToken.START_OBJECT
            || p.nextToken() != JsonToken.FIELD_NAME
            || !"seq".equals(p.currentName())
            || p.nextToken() != JsonToken.VALUE_NUMBER_INT
            || p.getNumberType() != JsonParser.NumberType.INT
                && p.getNumberType() != JsonParser.NumberType.LONG) {
          return 0;
        }
        return p.getLongValue();
      } catch (IOException e) {
        return 0;
      }
    }

    @Override
    public long lastWritten() {
      return last;
    }

    @Override
    public void write(List<ChangeEvent> events) throws IOException {
      ByteArrayOutputStream batch = new ByteArrayOutputStream();
      for (ChangeEvent e : events) {
        batch.writeBytes(line(e));
      }
      ByteBuffer b = ByteBuffer.wrap(batch.toByteArray());
      while (b.hasRemaining()) {
        channel.write(b);
      }
      channel.force(false);
      if (!events.isEmpty()) {
        last = Math.max(last, events.get(events.size() - 1).seq());
      }
    }

    @Override
    public void close() throws IOException {
      channel.close();
    }
  }

  private static final class StreamSink extends EventSink {
    private final OutputStream out;

    StreamSink(OutputStream out) {
      this.out = out;
    }

    @Override
    public long lastWritten() {
      return -1;
    }

    @Override
    public void write(List<ChangeEvent> events) throws IOException {
      for (ChangeEvent e : events) {
        out.write(line(e));
      }
      out.flush();
    }

    @Override
    public void close() throws IOException {
      out.flush();
    }
  }
}
