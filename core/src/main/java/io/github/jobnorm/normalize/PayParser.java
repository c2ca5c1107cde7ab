package io.github.jobnorm.normalize;

import io.github.jobnorm.source.RawPay;
import java.util.List;
import java.util.Optional;

/**
 * Finds and normalizes the pay ranges a posting states.
 *
 * <pre>{@code
 * List<PayMatch> found = PayParser.findAll("between $45 and $65/hour", PayContext.NONE);
 * // found.get(0).range(): min 45, max 65, USD, HOUR
 * }</pre>
 */
public final class PayParser {
  private PayParser() {}

  /** Every pay range stated in free text, in order. Never throws; linear in the text's length. */
  public static List<PayMatch> findAll(CharSequence text, PayContext context) {
    return List.of();
  }

  /** A display string that is all about pay ("$155,000.00/yr - $160,000.00/yr"), or empty. */
  public static Optional<PayMatch> parse(String payText, PayContext context) {
    return Optional.empty();
  }

  /** Structured figures from a source (schema.org, an ATS) as a range, or empty if unusable. */
  public static Optional<PayMatch> fromStructured(RawPay raw, PayContext context) {
    return Optional.empty();
  }
}
