package io.github.jobnorm.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;

/** Reads the numbers structured sources give (JSON numbers, or numbers in strings) exactly. */
public final class Figures {
  private static final int MAX_DIGITS = 30;

  private Figures() {}

  /**
   * A JSON number, or a string holding one ({@code "130000"}, {@code "130,000"}, {@code " 45.5
   * "}); null for anything else, including text with words or currency signs, which is pay text
   * for the pay parser rather than a figure.
   */
  public static BigDecimal decimal(JsonNode node) {
    if (node == null || node.isNull()) {
      return null;
    }
    if (node.isNumber()) {
      return node.decimalValue();
    }
    return node.isTextual() ? decimal(node.asText()) : null;
  }

  /** A plain number in a string, thousands commas allowed; null otherwise. */
  public static BigDecimal decimal(String s) {
    if (s == null) {
      return null;
    }
    String t = s.strip().replace(",", "");
    if (t.isEmpty() || t.length() > MAX_DIGITS) {
      return null;
    }
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (!(c >= '0' && c <= '9') && c != '.') {
        return null;
      }
    }
    try {
      return new BigDecimal(t);
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
