package io.github.jobnorm.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.jobnorm.ParseFailure;
import java.io.IOException;
import java.io.Writer;

/**
 * The {@code --errors} file: one JSON object per failure, {@code {"input", "row", "reason",
 * "message"}}, with {@code row} null for a document and {@code reason} a {@link
 * ParseFailure.Reason} name.
 */
final class FailureLog {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final Writer out;

  FailureLog(Writer out) {
    this.out = out;
  }

  void write(Outcome o) throws IOException {
    ParseFailure f = o.result().failure();
    ObjectNode line = JSON.createObjectNode();
    line.put("input", o.input());
    if (o.row() > 0) {
      line.put("row", o.row());
    } else {
      line.putNull("row");
    }
    line.put("reason", f.reason().name());
    line.put("message", f.message());
    try {
      out.write(JSON.writeValueAsString(line));
    } catch (JsonProcessingException e) {
      throw new IOException(e);
    }
    out.write('\n');
  }
}
