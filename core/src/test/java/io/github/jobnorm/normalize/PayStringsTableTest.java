package io.github.jobnorm.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jobnorm.model.PayPeriod;
import io.github.jobnorm.model.PayRange;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Real pay strings from the corpus (Reed, Totaljobs, Adzuna, Naukri, LinkedIn US, Glassdoor,
 * Kaggle description sentences) with the pay they state: {@code pay-strings.tsv}.
 */
class PayStringsTableTest {

  private static List<String[]> table() {
    return RuleFile.read("pay-strings.tsv", 8);
  }

  static Stream<Arguments> rows() {
    return table().stream().map(r -> Arguments.of(r[0], r[3], r));
  }

  private static Optional<PayMatch> read(String[] row) {
    PayContext context = PayContext.forCountry(row[1]);
    return row[2].equals("card")
        ? PayParser.parse(row[3], context)
        : PayParser.findAll(row[3], context).stream().findFirst();
  }

  private static BigDecimal n(String s) {
    return s.isEmpty() ? null : new BigDecimal(s);
  }

  @Test
  void tableHasAtLeast300RealStringsFromEverySource() {
    List<String[]> rows = table();
    assertThat(rows).hasSizeGreaterThanOrEqualTo(300);
    assertThat(rows.stream().map(r -> r[0].split(":")[0]).distinct())
        .contains(
            "reed", "totaljobs", "adzuna", "naukri", "linkedin-us", "glassdoor-au", "glassdoor-us",
            "kaggle");
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("rows")
  void readsThePayTheStringStates(String source, String text, String[] row) {
    Optional<PayMatch> found = read(row);
    if (row[7].equals("NONE")) {
      assertThat(found).isEmpty();
      return;
    }
    PayRange r = found.orElseThrow(() -> new AssertionError("no pay read from: " + text)).range();
    assertThat(r.min()).isEqualTo(n(row[4]));
    assertThat(r.max()).isEqualTo(n(row[5]));
    assertThat(r.currency()).isEqualTo(row[6]);
    assertThat(r.period()).isEqualTo(PayPeriod.valueOf(row[7]));
  }

  @Test
  void adzunaYearlyRangesHaveTheNormalizedMidpoint() {
    // Adzuna's SalaryNormalized is the yearly midpoint of the raw string: an independent check.
    int checked = 0;
    for (String[] row : table()) {
      if (!row[0].startsWith("adzuna:") || !row[7].equals("YEAR") || row[4].isEmpty() || row[5].isEmpty()) {
        continue;
      }
      PayRange r = read(row).orElseThrow().range();
      BigDecimal mid = r.annualMin().add(r.annualMax()).divide(BigDecimal.valueOf(2));
      assertThat(mid).as(row[3]).isEqualByComparingTo(row[0].substring("adzuna:".length()));
      checked++;
    }
    assertThat(checked).isGreaterThan(50);
  }
}
