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
 * Reads the rule files of this package: UTF-8, one entry a line, {@code #} comments and blank
 * lines ignored. The pay and location files separate fields by tabs; the section files write
 * {@code KEY | value | example}. Every entry carries an example that a test checks. A missing
 * file is a packaging error and fails loudly.
 */
final class RuleFile {
  private RuleFile() {}

  /**
   * One {@code KEY | value | example} rule.
   *
   * @param key the category (a section kind or a cue category)
   * @param value the phrase
   * @param example a string the rule must recognize
   * @param lineNumber where it is in its file, for error messages
   */
  record Rule(String key, String value, String example, int lineNumber) {}

  /**
   * The tab-separated entries of {@code name}, each with exactly {@code fields} fields, the last
   * of which is the entry's example and must not be blank.
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

  /** The tab-separated entries of {@code name}, of any width. */
  static List<String[]> rows(String name) {
    List<String[]> rows = new ArrayList<>();
    for (String line : lines(name)) {
      if (!line.isBlank() && !line.startsWith("#")) {
        rows.add(line.split("\t", -1));
      }
    }
    return rows;
  }

  /** The {@code KEY | value | example} rules of {@code name}. */
  static List<Rule> read(String name) {
    List<Rule> rules = new ArrayList<>();
    int n = 0;
    for (String line : lines(name)) {
      n++;
      String t = line.strip();
      if (t.isEmpty() || t.startsWith("#")) {
        continue;
      }
      String[] parts = t.split("\\|", -1);
      if (parts.length != 3 || parts[1].isBlank() || parts[2].isBlank()) {
        throw new IllegalStateException(
            name + ":" + n + ": expected 'KEY | value | example', got: " + t);
      }
      rules.add(new Rule(parts[0].strip(), parts[1].strip(), parts[2].strip(), n));
    }
    return List.copyOf(rules);
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
