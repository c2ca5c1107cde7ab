package io.github.jobnorm.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.jobnorm.model.constraint.CurrencyCode;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;

/**
 * One pay range a posting offers, in major currency units.
 *
 * <p>{@code annualMin} and {@code annualMax} are derived from the period by the contract's rule;
 * use {@link #of} to have them computed.
 *
 * @param min lower bound; null for "up to $X"
 * @param max upper bound; null for "from $X" and "$X+"; a single figure has {@code min == max}
 * @param currency ISO 4217 code
 * @param period the period the figures are stated per
 * @param annualMin {@code min} on a yearly basis
 * @param annualMax {@code max} on a yearly basis
 * @param appliesTo the scope the posting ties the range to, verbatim ("California-based roles")
 * @param kind what the range covers
 * @param text the exact words the range was read from
 */
@JsonPropertyOrder({
  "min", "max", "currency", "period", "annualMin", "annualMax", "appliesTo", "kind", "text"
})
public record PayRange(
    @PositiveOrZero BigDecimal min,
    @PositiveOrZero BigDecimal max,
    @NotNull @CurrencyCode String currency,
    @NotNull PayPeriod period,
    @PositiveOrZero BigDecimal annualMin,
    @PositiveOrZero BigDecimal annualMax,
    @Pattern(regexp = ".*\\S.*", message = "must not be blank") String appliesTo,
    @NotNull PayKind kind,
    @NotBlank String text) {

  /** Canonicalizes the numbers ({@code 45.00} becomes {@code 45}); a null kind is {@code BASE}. */
  public PayRange {
    min = Amounts.normalize(min);
    max = Amounts.normalize(max);
    annualMin = Amounts.normalize(annualMin);
    annualMax = Amounts.normalize(annualMax);
    kind = kind == null ? PayKind.BASE : kind;
  }

  /**
   * A range with its yearly figures computed from the period.
   *
   * <pre>{@code PayRange.of(45, 65, "USD", HOUR, "California-based roles", BASE, "between $45 and
   * $65/hour")} gives annualMin 93600, annualMax 135200.</pre>
   */
  public static PayRange of(
      BigDecimal min,
      BigDecimal max,
      String currency,
      PayPeriod period,
      String appliesTo,
      PayKind kind,
      String text) {
    return new PayRange(
        min,
        max,
        currency,
        period,
        period == null ? null : period.annualize(min),
        period == null ? null : period.annualize(max),
        appliesTo,
        kind,
        text);
  }

  /** True when the bounds are in order or one of them is missing. */
  @JsonIgnore
  @AssertTrue(message = "min must not exceed max")
  public boolean isOrdered() {
    return min == null || max == null || min.compareTo(max) <= 0;
  }

  /** True when at least one bound is stated. */
  @JsonIgnore
  @AssertTrue(message = "a pay range needs min or max")
  public boolean isBounded() {
    return min != null || max != null;
  }
}
