package io.github.jobnorm.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
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

  @ParameterizedTest
  @ValueSource(
      strings = {
        "$1,1",
        "$",
        "1-",
        "9",
        "$1 ",
        "between $1 and ",
        "Salary: $45/hr for ",
        "starting at $1 up to $2 ",
      })
  void adversarialInputStaysLinear(String unit) {
    String text = repeat(unit);
    List<PayMatch> found =
        assertTimeoutPreemptively(
            TIMEOUT, () -> PayParser.findAll(text, PayContext.forCountry("US")));
    assertThat(found).isNotNull();
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
