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
 * Reads the splitter's rule files: one rule a line, {@code KEY | value | example}, with {@code #}
 * comments. Every rule carries an example so that a test can prove the rule does what it says.
 */
final class RuleFile {
  private RuleFile() {}

  /**
   * One rule.
   *
   * @param key the category (a section kind or a cue category)
   * @param value the phrase
   * @param example a string the rule must recognize
   * @param lineNumber where it is in its file, for error messages
   */
  record Rule(String key, String value, String example, int lineNumber) {}

  static List<Rule> read(String resource) {
    InputStream in = RuleFile.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("rule file missing from the classpath: " + resource);
    }
    List<Rule> rules = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        String t = line.strip();
        if (t.isEmpty() || t.startsWith("#")) {
          continue;
        }
        String[] parts = t.split("\\|", -1);
        if (parts.length != 3 || parts[1].isBlank() || parts[2].isBlank()) {
          throw new IllegalStateException(
              resource + ":" + n + ": expected 'KEY | value | example', got: " + t);
        }
        rules.add(new Rule(parts[0].strip(), parts[1].strip(), parts[2].strip(), n));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return List.copyOf(rules);
  }
}
