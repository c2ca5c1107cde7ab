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
 * Reads a rule file of this package: UTF-8, one entry a line, fields separated by tabs, {@code #}
 * comments and blank lines ignored. The last field of every entry is its example string.
 */
final class RuleFile {
  private RuleFile() {}

  /** The entries of {@code name}, each with exactly {@code fields} fields. */
  static List<String[]> read(String name, int fields) {
    List<String[]> rows = new ArrayList<>();
    try (InputStream in = RuleFile.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("rule file missing from the classpath: " + name);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      int lineNo = 0;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
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
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read rule file " + name, e);
    }
    return List.copyOf(rows);
  }
}
