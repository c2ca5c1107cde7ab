package io.github.jobnorm.source.table;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.jobnorm.internal.JsonLimits;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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
      return isFlatFirstArrayElement(head) ? JSON_ARRAY : null;
    }
    int eol = text.indexOf('\n', start);
    String line = (eol < 0 ? text.substring(start) : text.substring(start, eol)).strip();
    if (first == '{') {
      return isFlatTableLine(line) ? JSON_LINES : null;
    }
    if (first == '<' || eol < 0) {
      return null;
    }
    List<String> header = splitHeader(line);
    return header.size() >= 3 && TableColumns.standard().match(header).isUsable() ? CSV : null;
  }

  /**
   * Whether the parser, positioned before an object, reads a flat object whose keys name a table's
   * columns. It streams rather than building a tree: a minified posting (an ATS feed, JSON-LD) is
   * one line of up to the whole head, and its first {@code @} key or nested object settles it.
   */
  private static boolean isFlatTableObject(JsonParser p) throws IOException {
    if (p.nextToken() != JsonToken.START_OBJECT) {
      return false;
    }
    List<String> keys = new ArrayList<>();
    for (JsonToken token = p.nextToken(); token != JsonToken.END_OBJECT; token = p.nextToken()) {
      if (token != JsonToken.FIELD_NAME) {
        return false;
      }
      String key = p.currentName();
      JsonToken value = p.nextToken();
      if (key.startsWith("@") || value == JsonToken.START_OBJECT) {
        return false;
      }
      // An array's contents do not matter to the sniff; only whether the key names a column.
      p.skipChildren();
      keys.add(key);
    }
    return TableColumns.standard().match(keys).isUsable();
  }

  private static boolean isFlatTableLine(String line) {
    try (JsonParser p = JsonLimits.treeReader().createParser(line)) {
      return isFlatTableObject(p);
    } catch (IOException e) {
      return false;
    }
  }

  private static boolean isFlatFirstArrayElement(byte[] head) {
    try (JsonParser p = JsonLimits.treeReader().createParser(head)) {
      return p.nextToken() == JsonToken.START_ARRAY && isFlatTableObject(p);
    } catch (IOException e) {
      return false;
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
