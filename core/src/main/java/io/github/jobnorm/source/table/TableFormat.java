package io.github.jobnorm.source.table;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.jobnorm.internal.JsonLimits;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/** The tabular formats read as one posting per row, and how they are recognized. */
public enum TableFormat {
  /** Comma-separated values with a header row (RFC 4180 quoting). */
  CSV,
  /** One flat JSON object per line. */
  JSON_LINES,
  /** A JSON array of flat objects. */
  JSON_ARRAY;

  private static final ObjectMapper JSON = JsonLimits.jsonMapper().build();

  /**
   * The format a file name promises: {@code .csv} is CSV, {@code .jsonl} and {@code .ndjson}
   * are JSON Lines; null for anything else (a {@code .json} file may be a table or a posting:
   * {@link #sniff} it).
   */
  public static TableFormat fromFileName(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    if (n.endsWith(".csv")) {
      return CSV;
    }
    if (n.endsWith(".jsonl") || n.endsWith(".ndjson")) {
      return JSON_LINES;
    }
    return null;
  }

  /**
   * The table format of a document's first bytes, or null when they do not look like a table of
   * postings: a CSV header, a JSON object per line, or a JSON array, whose column names include a
   * title or description column (so that a posting that happens to hold commas is not a table),
   * and whose objects are flat (so that JSON-LD and ATS feeds are not).
   *
   * @param head the first bytes, UTF-8; up to a megabyte is enough
   */
  public static TableFormat sniff(byte[] head) {
    String text = new String(head, StandardCharsets.UTF_8);
    int start = 0;
    while (start < text.length()
        && (Character.isWhitespace(text.charAt(start)) || text.charAt(start) == '\uFEFF')) {
      start++;
    }
    if (start == text.length()) {
      return null;
    }
    char first = text.charAt(start);
    if (first == '[') {
      return isFlatTableObject(firstArrayElement(head)) ? JSON_ARRAY : null;
    }
    int eol = text.indexOf('\n', start);
    String line = (eol < 0 ? text.substring(start) : text.substring(start, eol)).strip();
    if (first == '{') {
      return isFlatTableObject(object(line)) ? JSON_LINES : null;
    }
    if (first == '<' || eol < 0) {
      return null;
    }
    List<String> header = splitHeader(line);
    return header.size() >= 3 && TableColumns.standard().match(header).isUsable() ? CSV : null;
  }

  private static boolean isFlatTableObject(JsonNode node) {
    if (node == null || !node.isObject()) {
      return false;
    }
    List<String> keys = new ArrayList<>();
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String key = it.next();
      JsonNode value = node.get(key);
      if (key.startsWith("@") || value.isObject()) {
        return false;
      }
      keys.add(key);
    }
    return TableColumns.standard().match(keys).isUsable();
  }

  private static JsonNode object(String line) {
    try {
      return JSON.readTree(line);
    } catch (IOException e) {
      return null;
    }
  }

  private static JsonNode firstArrayElement(byte[] head) {
    try (JsonParser p = JSON.createParser(head)) {
      if (p.nextToken() != JsonToken.START_ARRAY || p.nextToken() != JsonToken.START_OBJECT) {
        return null;
      }
      return p.readValueAsTree();
    } catch (IOException e) {
      return null;
    }
  }

  /** A header line split on commas, honouring double quotes; good enough to recognize one. */
  private static List<String> splitHeader(String line) {
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (c == ',' && !quoted) {
        cells.add(cell.toString());
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    cells.add(cell.toString());
    return cells;
  }
}
