package io.github.jobnorm.normalize;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the tab-separated rule files that sit beside this package's classes. */
final class RuleFile {
  private RuleFile() {}

  /**
   * The rows of a resource file: lines split on tabs, skipping blank lines and lines starting
   * with {@code #}. A missing file is a packaging error, so it fails loudly.
   */
  static List<String[]> rows(String name) {
    InputStream in = RuleFile.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("rule file missing from the jar: " + name);
    }
    List<String[]> rows = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!line.isBlank() && !line.startsWith("#")) {
          rows.add(line.split("\t", -1));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read rule file " + name, e);
    }
    return rows;
  }
}
