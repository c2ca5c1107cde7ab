package io.github.jobnorm.normalize;

import io.github.jobnorm.normalize.PayWords.StatedPeriod;

/**
 * The warnings a pay reading carries for what it assumed. Text and structured fields share them so
 * that callers (and the CLI's stderr) see one wording whichever way the pay came in.
 */
final class PayWarnings {
  private PayWarnings() {}

  /** No currency written; the posting's country supplied {@code iso}. */
  static String currencyAssumed(String iso) {
    return "pay currency not stated; assumed " + iso + " from the posting's country";
  }

  /** No period written; the size of the figures suggested {@code period}. */
  static String periodAssumed(StatedPeriod period) {
    return "pay period not stated; assumed " + period + " from magnitude";
  }
}
