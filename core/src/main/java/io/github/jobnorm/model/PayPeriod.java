package io.github.jobnorm.model;

import java.math.BigDecimal;

/**
 * The period a pay figure is stated per, with the multiplier that puts it on a yearly basis
 * (2080 hours, 260 days, 52 weeks, 12 months), as the contract defines {@code annualMin}.
 */
public enum PayPeriod {
  HOUR(2080),
  DAY(260),
  WEEK(52),
  MONTH(12),
  YEAR(1);

  private final BigDecimal perYear;

  PayPeriod(int perYear) {
    this.perYear = BigDecimal.valueOf(perYear);
  }

  /** How many of this period make a year under the contract's rule, e.g. 2080 for {@code HOUR}. */
  public BigDecimal perYear() {
    return perYear;
  }

  /** {@code amount} on a yearly basis, or null when {@code amount} is null. */
  public BigDecimal annualize(BigDecimal amount) {
    return amount == null ? null : Amounts.normalize(amount.multiply(perYear));
  }
}
