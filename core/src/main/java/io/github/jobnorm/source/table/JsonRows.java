package io.github.jobnorm.source.table;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.jobnorm.ParseFailure.Reason;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * A flat JSON object as a row: its keys are the header, scalars their text, arrays of scalars
 * joined with {@code "; "}, nested objects their JSON. Objects of one file usually share their
 * keys, so the last header is reused while they do.
 */
final class JsonRows {
  private final TableColumns columns;
  private List<String> lastKeys;
  private TableHeader lastHeader;
  private String lastWhy;

  JsonRows(TableColumns columns) {
    this.columns = columns;
  }

  TableRow toRow(TableReader reader, JsonNode node) {
    if (!node.isObject()) {
      return reader.fail(Reason.MALFORMED, "row is not a JSON object");
    }
    List<String> keys = new ArrayList<>();
    List<String> cells = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      keys.add(e.getKey());
      cells.add(text(e.getValue()));
    }
    if (!keys.equals(lastKeys)) {
      StringBuilder why = new StringBuilder();
      lastHeader = TableReader.header(columns, keys, why);
      lastWhy = why.toString();
      lastKeys = keys;
    }
    if (lastHeader == null) {
      return reader.fail(Reason.NOT_A_POSTING, lastWhy);
    }
    return reader.row(lastHeader, cells);
  }

  private static String text(JsonNode v) {
    if (v == null || v.isNull()) {
      return null;
    }
    if (v.isValueNode()) {
      return v.asText();
    }
    if (v.isArray()) {
      List<String> parts = new ArrayList<>();
      for (JsonNode item : v) {
        if (!item.isValueNode()) {
          return v.toString();
        }
        if (!item.isNull()) {
          parts.add(item.asText());
        }
      }
      return String.join("; ", parts);
    }
    return v.toString();
  }
}
