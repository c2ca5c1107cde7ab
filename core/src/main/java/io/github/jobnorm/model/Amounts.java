package io.github.jobnorm.model;

import java.math.BigDecimal;

/** Canonical form of the numbers in the model, so that {@code 45.00} is written {@code 45}. */
public final class Amounts {
  private Amounts() {}

  /**
   * Strips trailing zeros without going to exponent notation: {@code 120000.00 -> 120000},
   * {@code 27.50 -> 27.5}. Null stays null.
   */
  public static BigDecimal normalize(BigDecimal value) {
    if (value == null) {
      return null;
    }
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }
}
