package io.github.jobnorm.normalize;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the rule files of this package: UTF-8, one entry a line, fields separated by tabs,
 * {@code #} comments and blank lines ignored. A missing file is a packaging error and fails
 * loudly.
 */
final class RuleFile {
  private RuleFile() {}

  /**
   * The entries of {@code name}, each with exactly {@code fields} fields, the last of which is
   * the entry's example string and must not be blank.
   */
  static List<String[]> read(String name, int fields) {
    List<String[]> rows = new ArrayList<>();
    int lineNo = 0;
    for (String line : lines(name)) {
      lineNo++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] row = line.split("\t", -1);
      if (row.length != fields || row[fields - 1].isBlank()) {
        throw new IllegalStateException(
            name + ":" + lineNo + ": expected " + fields + " tab-separated fields: " + line);
      }
      rows.add(row);
    }
    return List.copyOf(rows);
  }

  /** The entries of {@code name} split on tabs, of any width. */
  static List<String[]> rows(String name) {
    List<String[]> rows = new ArrayList<>();
    for (String line : lines(name)) {
      if (!line.isBlank() && !line.startsWith("#")) {
        rows.add(line.split("\t", -1));
      }
    }
    return rows;
  }

  private static List<String> lines(String name) {
    InputStream in = RuleFile.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("rule file missing from the jar: " + name);
    }
    List<String> lines = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        lines.add(line);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read rule file " + name, e);
    }
    return lines;
  }
}
