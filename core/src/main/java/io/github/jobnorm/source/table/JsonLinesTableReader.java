package io.github.jobnorm.source.table;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.jobnorm.ParseFailure.Reason;
import io.github.jobnorm.internal.JsonLimits;
import java.io.BufferedReader;
import java.io.IOException;

/** One JSON object per line; a broken line is a failure of that row only. */
final class JsonLinesTableReader extends TableReader {
  private final BufferedReader lines;
  private final JsonRows rows;

  JsonLinesTableReader(String input, BufferedReader reader, TableColumns columns) {
    super(input, reader);
    this.lines = reader;
    this.rows = new JsonRows(columns);
  }

  @Override
  TableRow read() throws IOException {
    String line;
    do {
      line = lines.readLine();
      if (line == null) {
        return null;
      }
    } while (line.isBlank());
    JsonNode node;
    try {
      node = JsonLimits.treeReader().readTree(line);
    } catch (JsonProcessingException e) {
      return fail(Reason.MALFORMED, "not JSON: " + CsvTableReader.firstLine(e));
    }
    return rows.toRow(this, node);
  }
}
