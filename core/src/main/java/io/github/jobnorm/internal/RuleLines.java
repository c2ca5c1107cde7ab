package io.github.jobnorm.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads the small rule files that keep data out of code: UTF-8, one entry a line, blank lines and
 * {@code #} comments skipped. Most files separate columns by {@code |} (trimmed); the larger data
 * tables by tabs (kept as written, so that an empty column stays a column). A missing file is a
 * packaging error and fails loudly.
 */
public final class RuleLines {
  private RuleLines() {}

  /**
   * One entry of a rule file.
   *
   * @param lineNumber where it is in its file, for messages
   * @param columns its columns
   */
  public record Row(int lineNumber, String[] columns) {}

  /**
   * The {@code |}-separated rows of a class-path resource beside {@code owner}, columns trimmed.
   *
   * @throws IllegalStateException when the resource is missing or a line has another column count
   */
  public static List<String[]> read(Class<?> owner, String resource, int columns) {
    return rows(owner, resource, columns).stream().map(Row::columns).toList();
  }

  /**
   * As {@link #read}, with line numbers; no column may be blank.
   *
   * @throws IllegalStateException when the resource is missing or a line has another column count
   *     or a blank column
   */
  public static List<Row> rows(Class<?> owner, String resource, int columns) {
    List<Row> rows = new ArrayList<>();
    List<String> lines = lines(owner, resource);
    for (int n = 1; n <= lines.size(); n++) {
      String t = lines.get(n - 1).strip();
      if (t.isEmpty() || t.startsWith("#")) {
        continue;
      }
      String[] parts = t.split("\\|", -1);
      for (int i = 0; i < parts.length; i++) {
        parts[i] = parts[i].strip();
      }
      if (parts.length != columns || Arrays.stream(parts).anyMatch(String::isEmpty)) {
        throw new IllegalStateException(
            resource + ":" + n + ": expected " + columns + " non-blank columns: " + t);
      }
      rows.add(new Row(n, parts));
    }
    return List.copyOf(rows);
  }

  /**
   * The tab-separated rows of a class-path resource beside {@code owner}, as written. With
   * {@code columns} above 0 every row has exactly that many and its last (the example) is not
   * blank; with 0 rows may have any width.
   *
   * @throws IllegalStateException when the resource is missing or a row has the wrong shape
   */
  public static List<String[]> tabs(Class<?> owner, String resource, int columns) {
    List<String[]> rows = new ArrayList<>();
    List<String> lines = lines(owner, resource);
    for (int n = 1; n <= lines.size(); n++) {
      String line = lines.get(n - 1);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] row = line.split("\t", -1);
      if (columns > 0 && (row.length != columns || row[columns - 1].isBlank())) {
        throw new IllegalStateException(
            resource + ":" + n + ": expected " + columns + " tab-separated fields: " + line);
      }
      rows.add(row);
    }
    return List.copyOf(rows);
  }

  private static List<String> lines(Class<?> owner, String resource) {
    try (InputStream in = owner.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " missing from the class path");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<String> lines = new ArrayList<>();
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        lines.add(line);
      }
      return lines;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }
}
