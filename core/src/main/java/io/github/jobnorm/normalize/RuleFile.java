package io.github.jobnorm.normalize;

import io.github.jobnorm.internal.RuleLines;
import java.util.List;

/**
 * The rule files of this package, read with {@link RuleLines}: the pay and location tables
 * separate fields by tabs; the section files write {@code KEY | value | example}. Every entry
 * carries an example that a test checks.
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
    return RuleLines.tabs(RuleFile.class, name, fields);
  }

  /** The tab-separated entries of {@code name}, of any width. */
  static List<String[]> rows(String name) {
    return RuleLines.tabs(RuleFile.class, name, 0);
  }

  /** The {@code KEY | value | example} rules of {@code name}. */
  static List<Rule> read(String name) {
    return RuleLines.rows(RuleFile.class, name, 3).stream()
        .map(r -> new Rule(r.columns()[0], r.columns()[1], r.columns()[2], r.lineNumber()))
        .toList();
  }
}
