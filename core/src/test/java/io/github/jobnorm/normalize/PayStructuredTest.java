package io.github.jobnorm.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jobnorm.model.PayPeriod;
import io.github.jobnorm.model.PayRange;
import io.github.jobnorm.source.RawPay;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Structured pay (schema.org, ATS fields, LinkedIn's compensation box) read by the same rules. */
class PayStructuredTest {

  private static BigDecimal n(String s) {
    return s == null ? null : new BigDecimal(s);
  }

  @ParameterizedTest(name = "{3}")
  @CsvSource(
      nullValues = "null",
      textBlock = """
      130000, 160000, AUD, YEAR,            null, 130000, 160000, AUD, YEAR,  AU,   130000-160000 AUD YEAR
      45,     65,     USD, HOUR,            null, 45,     65,     USD, HOUR,  US,   45-65 USD HOUR
      4000,   5000,   EUR, MONTH,           null, 4000,   5000,   EUR, MONTH, DE,   4000-5000 EUR MONTH
      120000, 150000, USD, per-year-salary, null, 120000, 150000, USD, YEAR,  US,   120000-150000 USD per-year-salary
      30,     40,     USD, per-hour-wage,   null, 30,     40,     USD, HOUR,  US,   30-40 USD per-hour-wage
      95000,  120000, CAD, 1 YEAR,          null, 95000,  120000, CAD, YEAR,  CA,   95000-120000 CAD 1 YEAR
      2000,   2500,   USD, 2 WEEK,          null, 52000,  65000,  USD, YEAR,  US,   2000-2500 USD 2 WEEK
      800,    1000,   GBP, WEEK,            null, 800,    1000,   GBP, WEEK,  GB,   800-1000 GBP WEEK
      500,    600,    GBP, DAY,             null, 500,    600,    GBP, DAY,   GB,   500-600 GBP DAY
      50000,  null,   $,   YEAR,            null, 50000,  null,   AUD, YEAR,  AU,   from 50000 AUD YEAR
      null,   70000,  $,   YEAR,            null, null,   70000,  USD, YEAR,  null, up to 70000 USD YEAR
      50000,  60000,  GBP, YEAR, '\u00A0£50,000\u00A0-\t £60,000\u202F a year ', 50000, 60000, GBP, YEAR, GB, '£50,000 - £60,000 a year'
      """)
  void readsSourceFields(
      String min, String max, String currency, String unit, String text,
      String eMin, String eMax, String eCurrency, PayPeriod ePeriod, String country, String eText) {
    PayMatch m =
        PayParser.fromStructured(
                new RawPay(n(min), n(max), currency, unit, text), PayContext.forCountry(country))
            .orElseThrow();
    PayRange r = m.range();
    assertThat(r.min()).isEqualTo(n(eMin));
    assertThat(r.max()).isEqualTo(n(eMax));
    assertThat(r.currency()).isEqualTo(eCurrency);
    assertThat(r.period()).isEqualTo(ePeriod);
    assertThat(r.text()).isEqualTo(eText);
    assertThat(m.start()).isEqualTo(-1);
    assertThat(m.warnings()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      nullValues = "null",
      textBlock = """
      HOUR,             HOUR
      hourly,           HOUR
      HR,               HOUR
      per hour,         HOUR
      PER_HOUR,         HOUR
      per-hour-wage,    HOUR
      DAY,              DAY
      daily,            DAY
      WEEK,             WEEK
      weekly,           WEEK
      MONTH,            MONTH
      monthly,          MONTH
      per-month-salary, MONTH
      YEAR,             YEAR
      annual,           YEAR
      ANNUALLY,         YEAR
      per annum,        YEAR
      yr,               YEAR
      1 YEAR,           YEAR
      per-year-salary,  YEAR
      bi-weekly,        BIWEEK
      2 WEEK,           BIWEEK
      SEMI_MONTHLY,     SEMIMONTH
      one-time,         null
      HOURS,            null
      1 HOURLY-BONUS,   null
      YEAR-WAGE-WAGE,   null
      """)
  void unitWordsAsPeriods(String unit, PayWords.StatedPeriod expected) {
    assertThat(StructuredPay.unit(unit)).isEqualTo(expected);
  }

  @Test
  void indeedAustraliaBaseSalaryFromJsonLd() {
    // The baseSalary of the Indeed AU page in the corpus: AUD 130,000-160,000, unitText YEAR.
    PayRange r =
        PayParser.fromStructured(
                new RawPay(n("130000"), n("160000"), "AUD", "YEAR", null), PayContext.forCountry("AU"))
            .orElseThrow()
            .range();
    assertThat(r.annualMin()).isEqualByComparingTo("130000");
    assertThat(r.text()).isEqualTo("130000-160000 AUD YEAR");
  }

  @Test
  void missingUnitIsInferredWithAWarning() {
    PayMatch m =
        PayParser.fromStructured(new RawPay(n("90000"), n("110000"), "USD", null, null), PayContext.NONE)
            .orElseThrow();
    assertThat(m.range().period()).isEqualTo(PayPeriod.YEAR);
    assertThat(m.warnings()).containsExactly("pay period not stated; assumed YEAR from magnitude");
  }

  @Test
  void missingCurrencyComesFromTheCountryWithAWarning() {
    PayMatch m =
        PayParser.fromStructured(new RawPay(n("40000"), n("45000"), null, "YEAR", null), PayContext.forCountry("GB"))
            .orElseThrow();
    assertThat(m.range().currency()).isEqualTo("GBP");
    assertThat(m.warnings()).containsExactly("pay currency not stated; assumed GBP from the posting's country");
  }

  @Test
  void unusableFieldsGiveNothing() {
    assertThat(PayParser.fromStructured(new RawPay(n("5000"), n("1000"), "USD", "YEAR", null), PayContext.NONE)).isEmpty();
    assertThat(PayParser.fromStructured(new RawPay(n("1000"), null, "USD", "one-time", null), PayContext.NONE)).isEmpty();
    assertThat(PayParser.fromStructured(new RawPay(n("1000"), null, "XYZ", "YEAR", null), PayContext.NONE)).isEmpty();
    assertThat(PayParser.fromStructured(new RawPay(n("1000"), null, null, "YEAR", null), PayContext.NONE)).isEmpty();
    assertThat(PayParser.fromStructured(new RawPay(null, null, null, null, null), PayContext.NONE)).isEmpty();
    assertThat(PayParser.fromStructured(null, PayContext.NONE)).isEmpty();
  }

  @Test
  void linkedInCompensationBoxString() {
    PayMatch m = PayParser.parse("$155,000.00/yr - $160,000.00/yr", PayContext.forCountry("US")).orElseThrow();
    assertThat(m.range())
        .isEqualTo(PayRange.of(n("155000"), n("160000"), "USD", PayPeriod.YEAR, null, null, "$155,000.00/yr - $160,000.00/yr"));
    assertThat(m.warnings()).isEmpty();
  }

  @Test
  void figuresWithoutTextFallBackToTheTextWhenAllFiguresAreMissing() {
    PayMatch m =
        PayParser.fromStructured(new RawPay(null, null, null, null, "£50,000 - £60,000 per annum"), PayContext.NONE)
            .orElseThrow();
    assertThat(m.range().min()).isEqualByComparingTo("50000");
    assertThat(m.range().currency()).isEqualTo("GBP");
  }

  @Test
  void severalRangesWithScopesAndKinds() {
    String text =
        "Compensation\nNYC: $150,000 - $180,000 per year\nLevel II: $120,000 - $140,000 per year\n"
            + "OTE: $200,000 per year. A $5,000 sign-on bonus and a $1,000 learning stipend per year.";
    List<PayRange> ranges =
        PayParser.findAll(text, PayContext.forCountry("US")).stream().map(PayMatch::range).toList();
    assertThat(ranges).extracting(PayRange::appliesTo).containsExactly("NYC", "Level II", null);
    assertThat(ranges).extracting(PayRange::kind).extracting(Enum::name).containsExactly("BASE", "BASE", "OTE");
  }
}
