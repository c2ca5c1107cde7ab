package io.github.jobnorm.normalize;

import io.github.jobnorm.model.PayPeriod;
import io.github.jobnorm.model.PayRange;
import io.github.jobnorm.normalize.PayWords.StatedPeriod;
import io.github.jobnorm.source.RawPay;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Pay from a source's structured fields: schema.org {@code baseSalary} ({@code unitText} YEAR,
 * HOUR...), Lever ({@code per-year-salary}), Ashby ({@code 1 YEAR}), Greenhouse (already in major
 * units). Currencies go through the same table as text; units are source field values, read by
 * {@link #unit}, not through the period words of text (pay-periods.tsv).
 */
final class StructuredPay {
  private StructuredPay() {}

  /** A source's unit, upper-cased with '_' as '-'; group 1-5 names HOUR, DAY, WEEK, MONTH, YEAR. */
  private static final Pattern UNIT =
      Pattern.compile(
          "(?:1 |PER-|PER )?(?:(HOUR|HOURLY|HR)|(DAY|DAILY)|(WEEK|WEEKLY)|(MONTH|MONTHLY)"
              + "|(YEAR|YEARLY|ANNUAL|ANNUALLY|ANNUM|YR))(?:-WAGE|-SALARY)?");

  private static final StatedPeriod[] UNIT_PERIODS = {
    StatedPeriod.HOUR, StatedPeriod.DAY, StatedPeriod.WEEK, StatedPeriod.MONTH, StatedPeriod.YEAR
  };

  static Optional<PayMatch> read(RawPay raw, PayContext context) {
    if (raw == null) {
      return Optional.empty();
    }
    PayContext ctx = context == null ? PayContext.NONE : context;
    BigDecimal min = positive(raw.min());
    BigDecimal max = positive(raw.max());
    if (min == null && max == null) {
      return raw.text() == null ? Optional.empty() : PayParser.parse(raw.text(), ctx);
    }
    if (min != null && max != null && min.compareTo(max) > 0) {
      return Optional.empty();
    }
    List<String> warnings = new ArrayList<>();
    CurrencyTable table = CurrencyTable.DEFAULT;
    String currency = raw.currency() == null ? null : table.isoOf(raw.currency());
    if (currency != null && "$".equals(raw.currency().strip())) {
      currency = table.dollarIn(ctx.country());
    }
    if (currency == null) {
      if (raw.currency() != null && !raw.currency().isBlank()) {
        return Optional.empty(); // a currency we cannot name: better no pay than a wrong one
      }
      currency = table.currencyOf(ctx.country());
      if (currency == null) {
        return Optional.empty();
      }
      warnings.add(PayWarnings.currencyAssumed(currency));
    }
    StatedPeriod stated;
    if (raw.unit() == null || raw.unit().isBlank()) {
      stated = Magnitudes.inferPeriod(min, max, table.scaleOf(currency));
      if (stated == null) {
        return Optional.empty();
      }
      warnings.add(PayWarnings.periodAssumed(stated));
    } else {
      stated = unit(raw.unit());
      if (stated == null) {
        return Optional.empty();
      }
    }
    BigDecimal factor = Magnitudes.toPeriodFactor(stated);
    PayPeriod period = Magnitudes.toPayPeriod(stated);
    String text = raw.text() != null && !raw.text().isBlank()
        ? TextClean.collapse(raw.text())
        : describe(min, max, currency, raw.unit());
    PayRange range =
        PayRange.of(
            min == null ? null : min.multiply(factor),
            max == null ? null : max.multiply(factor),
            currency,
            period,
            null,
            null,
            text);
    return Optional.of(new PayMatch(range, -1, -1, warnings));
  }

  /**
   * A source's unit word as a period: schema.org {@code unitText} (HOUR, DAY, WEEK, MONTH, YEAR),
   * Lever's {@code per-hour-wage}/{@code per-year-salary}, Ashby's {@code 1 YEAR}, and the usual
   * adjectives (HOURLY, ANNUAL); null for what is not a period ("one-time").
   */
  static StatedPeriod unit(String unit) {
    String u = unit.strip().toUpperCase(Locale.ROOT).replace('_', '-');
    boolean two = u.startsWith("2 ") || u.startsWith("2-");
    if (u.contains("BIWEEK") || u.contains("BI-WEEK") || two && u.contains("WEEK")) {
      return StatedPeriod.BIWEEK;
    }
    if (u.contains("SEMIMONTH") || u.contains("SEMI-MONTH")) {
      return StatedPeriod.SEMIMONTH;
    }
    Matcher m = UNIT.matcher(u);
    if (!m.matches()) {
      return null;
    }
    for (int g = 1; g <= UNIT_PERIODS.length; g++) {
      if (m.group(g) != null) {
        return UNIT_PERIODS[g - 1];
      }
    }
    return null;
  }

  private static BigDecimal positive(BigDecimal v) {
    return v == null || v.signum() <= 0 ? null : v;
  }

  private static String describe(BigDecimal min, BigDecimal max, String currency, String unit) {
    String lo = min == null ? "" : min.stripTrailingZeros().toPlainString();
    String hi = max == null ? "" : max.stripTrailingZeros().toPlainString();
    String figures = min == null ? "up to " + hi : max == null ? "from " + lo : lo.equals(hi) ? lo : lo + "-" + hi;
    return figures + " " + currency + (unit == null || unit.isBlank() ? "" : " " + unit.strip());
  }
}
