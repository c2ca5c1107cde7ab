package io.github.jobnorm.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.jobnorm.model.PayPeriod;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * 5 MB of text built to make a backtracking matcher blow up. The timeout is generous so that only
 * a super-linear blow-up fails it; speed itself is measured elsewhere.
 */
class PayParserLinearTimeTest {

  private static final int SIZE = 5 * 1024 * 1024;

  /** Seconds a 5 MB text may take: about ten times what it takes on a loaded two-core machine. */
  private static final Duration TIMEOUT = Duration.ofSeconds(60);

  private static String repeat(String unit) {
    StringBuilder sb = new StringBuilder(SIZE + unit.length());
    while (sb.length() < SIZE) {
      sb.append(unit);
    }
    return sb.toString();
  }

  /**
   * Each unit repeated to 5 MB; every repetition must give {@code perUnit} matches, the first one
   * reading {@code firstText}. "$1 up to $2" is no plausible pay; the same shape with $20 and $25
   * an hour is, so the slow path of joining "starting at ... up to ..." is both timed and checked.
   */
  @ParameterizedTest(name = "[{0}]")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      value = {
        "'$1,1'                          | 0 | -",
        "'$'                             | 0 | -",
        "'1-'                            | 0 | -",
        "'9'                             | 0 | -",
        "'$1 '                           | 0 | -",
        "'between $1 and '               | 0 | -",
        "'Salary: $45/hr for '           | 1 | $45/hr",
        "'starting at $1 up to $2 '      | 0 | -",
        "'starting at $20 up to $25/hr ' | 1 | starting at $20 up to $25/hr",
      })
  void adversarialInputStaysLinear(String unit, int perUnit, String firstText) {
    String text = repeat(unit);
    List<PayMatch> found =
        assertTimeoutPreemptively(
            TIMEOUT, () -> PayParser.findAll(text, PayContext.forCountry("US")));
    assertThat(found).hasSize(perUnit * (text.length() / unit.length()));
    if (firstText != null) {
      assertThat(found.get(0).range().text()).isEqualTo(firstText);
      assertThat(found.get(0).range().currency()).isEqualTo("USD");
      assertThat(found.get(0).range().period()).isEqualTo(PayPeriod.HOUR);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"1-", "£1.1."})
  void adversarialPayStringStaysLinear(String unit) {
    String text = repeat(unit);
    assertTimeoutPreemptively(TIMEOUT, () -> PayParser.parse(text, PayContext.forCountry("GB")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"$", "1", "$1,"})
  void aLongRunThenRealPayIsStillFound(String unit) {
    String text = repeat(unit) + " Pay: $45 - $65 per hour.";
    List<PayMatch> found =
        assertTimeoutPreemptively(
            TIMEOUT, () -> PayParser.findAll(text, PayContext.NONE));
    assertThat(found).last().satisfies(m -> assertThat(m.range().text()).isEqualTo("$45 - $65 per hour"));
  }
}
