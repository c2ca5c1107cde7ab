package io.github.jobnorm.source.table;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.jobnorm.ParseFailure.Reason;
import io.github.jobnorm.internal.JsonLimits;
import java.io.IOException;
import java.io.Reader;

/** A JSON array of objects, streamed element by element. */
final class JsonArrayTableReader extends TableReader {
  private final Reader source;
  private final JsonRows rows;
  private JsonParser parser;
  private boolean finished;

  JsonArrayTableReader(String input, Reader reader, TableColumns columns) {
    super(input, reader);
    this.source = reader;
    this.rows = new JsonRows(columns);
  }

  @Override
  TableRow read() throws IOException {
    if (finished) {
      return null;
    }
    try {
      if (parser == null) {
        parser = JsonLimits.treeReader().createParser(source);
        if (parser.nextToken() != JsonToken.START_ARRAY) {
          return headerFailure("not a JSON array of postings");
        }
      }
      JsonToken token = parser.nextToken();
      if (token == null || token == JsonToken.END_ARRAY) {
        finished = true;
        return null;
      }
      JsonNode node = JsonLimits.treeReader().readTree(parser);
      return rows.toRow(this, node);
    } catch (JsonProcessingException e) {
      finished = true;
      return fail(Reason.MALFORMED, "malformed JSON: " + CsvTableReader.firstLine(e)
          + "; the rest of the array was not read");
    }
  }
}
