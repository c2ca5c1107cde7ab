package io.github.jobnorm.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the small rule files that keep data out of code: UTF-8 lines of {@code |}-separated
 * columns, blank lines and {@code #} comments skipped, every line with the same column count.
 */
public final class RuleLines {
  private RuleLines() {}

  /**
   * The rows of a class-path resource beside {@code owner}, columns trimmed.
   *
   * @throws IllegalStateException when the resource is missing or a line has another column count
   */
  public static List<String[]> read(Class<?> owner, String resource, int columns) {
    List<String[]> rows = new ArrayList<>();
    try (InputStream in = owner.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " missing from the class path");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      int n = 0;
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        n++;
        String t = line.strip();
        if (t.isEmpty() || t.startsWith("#")) {
          continue;
        }
        String[] parts = t.split("\\|", -1);
        if (parts.length != columns) {
          throw new IllegalStateException(
              resource + ":" + n + ": expected " + columns + " columns: " + line);
        }
        for (int i = 0; i < parts.length; i++) {
          parts[i] = parts[i].strip();
        }
        rows.add(parts);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
    return List.copyOf(rows);
  }
}
