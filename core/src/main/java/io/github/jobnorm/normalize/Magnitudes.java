package io.github.jobnorm.normalize;

import io.github.jobnorm.model.PayPeriod;
import io.github.jobnorm.normalize.PayWords.StatedPeriod;
import java.math.BigDecimal;
import java.math.MathContext;

/**
 * What the size of a figure says, in US-dollar terms (via the currency's scale): which period an
 * unstated one most likely is, and whether a figure is plausible as pay at all.
 */
final class Magnitudes {
  private Magnitudes() {}

  private static final BigDecimal HOURLY_MAX = BigDecimal.valueOf(200);
  private static final BigDecimal HOURLY_MIN = BigDecimal.valueOf(5);
  private static final BigDecimal MONTHLY_MIN = BigDecimal.valueOf(1_000);
  private static final BigDecimal YEARLY_MIN = BigDecimal.valueOf(15_000);
  private static final BigDecimal YEARLY_LOW_BOUND_MIN = BigDecimal.valueOf(5_000);
  private static final BigDecimal ANNUAL_FLOOR = BigDecimal.valueOf(1_000);
  private static final BigDecimal ANNUAL_CEILING = BigDecimal.valueOf(5_000_000);

  /**
   * The period a figure with none stated is most likely per: hourly below 200 (in US-dollar terms),
   * yearly from 15,000, monthly in between from 1,000; null where no reading is safe (200-1,000
   * could be a day, a week or a month).
   */
  static StatedPeriod inferPeriod(BigDecimal min, BigDecimal max, BigDecimal scale) {
    BigDecimal lo = usd(min != null ? min : max, scale);
    BigDecimal hi = usd(max != null ? max : min, scale);
    if (hi.compareTo(HOURLY_MAX) <= 0) {
      return lo.compareTo(HOURLY_MIN) >= 0 ? StatedPeriod.HOUR : null;
    }
    if (hi.compareTo(YEARLY_MIN) >= 0) {
      return lo.compareTo(YEARLY_LOW_BOUND_MIN) >= 0 ? StatedPeriod.YEAR : null;
    }
    return lo.compareTo(MONTHLY_MIN) >= 0 ? StatedPeriod.MONTH : null;
  }

  /** True when the figures are of yearly size (both from 10,000 in US-dollar terms). */
  static boolean yearlyMagnitude(BigDecimal min, BigDecimal max, BigDecimal scale) {
    BigDecimal lo = usd(min != null ? min : max, scale);
    return lo.compareTo(BigDecimal.valueOf(10_000)) >= 0;
  }

  /** Multiplier that turns a biweekly or semi-monthly figure into a yearly one; 1 otherwise. */
  static BigDecimal toPeriodFactor(StatedPeriod stated) {
    switch (stated) {
      case BIWEEK:
        return BigDecimal.valueOf(26);
      case SEMIMONTH:
        return BigDecimal.valueOf(24);
      default:
        return BigDecimal.ONE;
    }
  }

  /**
   * The period a stated one is reported in: biweekly and semi-monthly figures are reported yearly,
   * after {@link #toPeriodFactor} has turned them into yearly figures.
   */
  static PayPeriod toPayPeriod(StatedPeriod stated) {
    return stated == StatedPeriod.BIWEEK || stated == StatedPeriod.SEMIMONTH
        ? PayPeriod.YEAR
        : PayPeriod.valueOf(stated.name());
  }

  /** False for figures no job pays per year (under 1,000 or over 5 million, in US-dollar terms). */
  static boolean plausible(BigDecimal min, BigDecimal max, PayPeriod period, BigDecimal scale) {
    for (BigDecimal v : new BigDecimal[] {min, max}) {
      if (v == null) {
        continue;
      }
      BigDecimal annual = usd(period.annualize(v), scale);
      if (annual.compareTo(ANNUAL_FLOOR) < 0 || annual.compareTo(ANNUAL_CEILING) > 0) {
        return false;
      }
    }
    return true;
  }

  private static BigDecimal usd(BigDecimal amount, BigDecimal scale) {
    return amount.divide(scale, MathContext.DECIMAL64);
  }
}
