package io.github.jobnorm.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jobnorm.model.PayKind;
import io.github.jobnorm.model.PayPeriod;
import io.github.jobnorm.model.PayRange;
import io.github.jobnorm.testing.Corpus;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PayParserTest {

  @Test
  void referencePostingHasExactlyTheCaliforniaRange() throws IOException {
    String text =
        Files.readString(Corpus.file("seed/linkedin-4104804862.txt"), StandardCharsets.UTF_8);

    List<PayMatch> found = PayParser.findAll(text, PayContext.forCountry("US"));

    assertThat(found).hasSize(1);
    PayRange r = found.get(0).range();
    assertThat(r.min()).isEqualByComparingTo("45");
    assertThat(r.max()).isEqualByComparingTo("65");
    assertThat(r.currency()).isEqualTo("USD");
    assertThat(r.period()).isEqualTo(PayPeriod.HOUR);
    assertThat(r.annualMin()).isEqualByComparingTo("93600");
    assertThat(r.annualMax()).isEqualByComparingTo("135200");
    assertThat(r.appliesTo()).isEqualTo("California-based roles");
    assertThat(r.kind()).isEqualTo(PayKind.BASE);
    assertThat(r.text()).isEqualTo("between $45 and $65/hour");
    assertThat(found.get(0).warnings()).isEmpty();
    assertThat(text.substring(found.get(0).start(), found.get(0).end()))
        .isEqualTo("between $45 and $65/hour");
  }

  @Test
  void referenceSentenceWithoutCountryStillReadsUsd() {
    List<PayMatch> found =
        PayParser.findAll(
            "The pay range for this position at commencement of employment is expected to be"
                + " between $45 and $65/hour for California-based roles; however, base pay offered"
                + " may vary.",
            PayContext.NONE);
    assertThat(found).extracting(PayMatch::range).extracting(PayRange::currency)
        .containsExactly("USD");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      nullValues = "null",
      textBlock = """
      Pay: $18.00 - $24.00 per hour                              | 18     | 24     | USD | HOUR  | $18.00 - $24.00 per hour
      Salary: $140,000- $175,000                                 | 140000 | 175000 | USD | YEAR  | $140,000- $175,000
      Compensation:$55,000-$75,000/year                          | 55000  | 75000  | USD | YEAR  | $55,000-$75,000/year
      pay range $90,000 – $110,000 annually.                     | 90000  | 110000 | USD | YEAR  | $90,000 – $110,000 annually
      Anticipated pay range is $14 - $20 an hour                 | 14     | 20     | USD | HOUR  | $14 - $20 an hour
      Pay: $18-20/hour Expected hours: 35 – 45 per week          | 18     | 20     | USD | HOUR  | $18-20/hour
      Salary: $23.00/hrBenefits: Prorated sick days              | 23     | 23     | USD | HOUR  | $23.00/hr
      ranges from $70,000 - $150,000 annually based on sales     | 70000  | 150000 | USD | YEAR  | ranges from $70,000 - $150,000 annually
      Base pay $120K - $150K per year                            | 120000 | 150000 | USD | YEAR  | $120K - $150K per year
      Pay: up to $30 per hour                                    | null   | 30     | USD | HOUR  | up to $30 per hour
      Salary starting at $22/hour                                | 22     | null   | USD | HOUR  | starting at $22/hour
      Salary: $120,000+ per year                                 | 120000 | null   | USD | YEAR  | $120,000+ per year
      Pay: $35-40/hr                                             | 35     | 40     | USD | HOUR  | $35-40/hr
      The salary is £50,000 - £60,000 per annum.                 | 50000  | 60000  | GBP | YEAR  | £50,000 - £60,000 per annum
      Gehalt €4.000 per month                                    | 4000   | 4000   | EUR | MONTH | €4.000 per month
      Hourly Rate: $25Schedule: Monday                           | 25     | 25     | USD | HOUR  | $25
      """)
  void readsCommonShapes(
      String text, String min, String max, String currency, PayPeriod period, String words) {
    List<PayMatch> found = PayParser.findAll(text, PayContext.NONE);

    assertThat(found).hasSize(1);
    PayRange r = found.get(0).range();
    assertThat(r.min()).isEqualTo(min == null ? null : new BigDecimal(min));
    assertThat(r.max()).isEqualTo(max == null ? null : new BigDecimal(max));
    assertThat(r.currency()).isEqualTo(currency);
    assertThat(r.period()).isEqualTo(period);
    assertThat(r.text()).isEqualTo(words);
  }

  @Test
  void inferredPeriodIsWarned() {
    PayMatch m = PayParser.findAll("Pay: $120k - $150k", PayContext.NONE).get(0);
    assertThat(m.range().period()).isEqualTo(PayPeriod.YEAR);
    assertThat(m.range().annualMin()).isEqualByComparingTo("120000");
    assertThat(m.warnings()).containsExactly("pay period not stated; assumed YEAR from magnitude");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      nullValues = "null",
      textBlock = """
      €120.000 per year          | 120000   | 120000   | EUR | YEAR  | null
      €120 000 per year          | 120000   | 120000   | EUR | YEAR  | null
      €1.234,56 per month        | 1234.56  | 1234.56  | EUR | MONTH | null
      ₹12,00,000 per annum       | 1200000  | 1200000  | INR | YEAR  | null
      CHF 120'000 per year       | 120000   | 120000   | CHF | YEAR  | null
      $1.2M per year             | 1200000  | 1200000  | USD | YEAR  | null
      ₹12 LPA                    | 1200000  | 1200000  | INR | YEAR  | null
      12 Lacs PA                 | 1200000  | 1200000  | INR | YEAR  | null
      1.2 Cr per annum           | 12000000 | 12000000 | INR | YEAR  | null
      45 thousand dollars a year | 45000    | 45000    | USD | YEAR  | null
      $120K+                     | 120000   | null     | AUD | YEAR  | AU
      USD $45/hour               | 45       | 45       | USD | HOUR  | AU
      $45/hour                   | 45       | 45       | AUD | HOUR  | AU
      45 000 kr per month        | 45000    | 45000    | SEK | MONTH | null
      50.000 € pro Jahr, 50.000 € per year | 50000 | 50000 | EUR | YEAR | null
      $2,000 semi-monthly        | 48000    | 48000    | USD | YEAR  | null
      €1\u00A0234\u00A0567,89 per year | 1234567.89 | 1234567.89 | EUR | YEAR | null
      €1\u202F234\u202F567,89 per year | 1234567.89 | 1234567.89 | EUR | YEAR | null
      1\u2009234\u2009567,89 € per year | 1234567.89 | 1234567.89 | EUR | YEAR | null
      CHF 1\u2019250\u2019000.00 per year | 1250000 | 1250000 | CHF | YEAR | null
      """)
  void readsEveryAmountAndCurrencyShape(
      String text, String min, String max, String currency, PayPeriod period, String country) {
    PayRange r = PayParser.parse(text, PayContext.forCountry(country)).orElseThrow().range();
    assertThat(r.min()).isEqualTo(min == null ? null : new BigDecimal(min));
    assertThat(r.max()).isEqualTo(max == null ? null : new BigDecimal(max));
    assertThat(r.currency()).isEqualTo(currency);
    assertThat(r.period()).isEqualTo(period);
  }

  @ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(
      strings = {
        "We raised $50M from top investors and are a $2B company.",
        "401(k) with a 4% match; 403(b) for the foundation staff.",
        "Requires 3-5 years of experience; we serve 10,000 customers in 2024.",
        "Call (555) 123-4567 or write to 1200 Main St, San Francisco, CA 94105.",
        "A $1,000 learning stipend per year and a $500 home office stipend.",
        "Referral bonus: $1,000. A $5,000 sign-on bonus!",
        "Revenue grew 45% to $120,000,000 per year.",
        "Must be able to lift 50 pounds.",
        "Our product costs $19.99 per month.",
        "Competitive salary and a referral bonus of $1,000 per month.",
        "Salary negotiable. Loans of $100,000 per year.",
        "Unpaid role; a $150 per month gift card.",
      })
  void findsNoPayWhereThereIsNone(String text) {
    assertThat(PayParser.findAll(text, PayContext.forCountry("US"))).isEmpty();
  }
}
