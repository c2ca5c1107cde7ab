package io.github.jobnorm.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jobnorm.model.PayKind;
import io.github.jobnorm.model.PayPeriod;
import io.github.jobnorm.model.PayRange;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every entry of every pay rule file parses its own example as the entry says. */
class PayRuleExamplesTest {

  static Stream<Arguments> rows(String file, int fields) {
    return RuleFile.read(file, fields).stream().map(r -> Arguments.of((Object) r));
  }

  static Stream<Arguments> currencies() {
    return rows("pay-currencies.tsv", 3);
  }

  static Stream<Arguments> countries() {
    return rows("pay-countries.tsv", 4);
  }

  static Stream<Arguments> scales() {
    return rows("pay-scales.tsv", 3);
  }

  static Stream<Arguments> periods() {
    return rows("pay-periods.tsv", 3);
  }

  static Stream<Arguments> periodLeads() {
    return rows("pay-period-leads.tsv", 3);
  }

  static Stream<Arguments> rangeWords() {
    return rows("pay-range-words.tsv", 3);
  }

  static Stream<Arguments> kinds() {
    return rows("pay-kinds.tsv", 4);
  }

  static Stream<Arguments> payCues() {
    return rows("pay-cues.tsv", 3);
  }

  static Stream<Arguments> notPay() {
    return rows("pay-not-pay.tsv", 4);
  }

  private static PayRange parsed(String text, PayContext context) {
    return PayParser.parse(text, context).orElseThrow(() -> new AssertionError("no pay in " + text)).range();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("currencies")
  void currencyExampleNamesItsCurrency(String[] row) {
    assertThat(parsed(row[2], PayContext.NONE).currency()).isEqualTo(row[1]);
    assertThat(PayParser.findAll(row[2], PayContext.NONE))
        .extracting(m -> m.range().currency())
        .containsExactly(row[1]);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("countries")
  void countryExampleTakesTheCountrysCurrency(String[] row) {
    PayMatch m = PayParser.parse(row[3], PayContext.forCountry(row[0])).orElseThrow();
    assertThat(m.range().currency()).isEqualTo(row[1]);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scales")
  void scaleExampleIsYearlyByMagnitude(String[] row) {
    PayMatch m = PayParser.parse(row[2], PayContext.NONE).orElseThrow();
    assertThat(m.range().currency()).isEqualTo(row[0]);
    assertThat(m.range().period()).isEqualTo(PayPeriod.YEAR);
    assertThat(m.warnings()).contains("pay period not stated; assumed YEAR from magnitude");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("periods")
  void periodExampleStatesItsPeriod(String[] row) {
    PayMatch m = PayParser.findAll(row[2], PayContext.NONE).get(0);
    String expected = row[1].equals("BIWEEK") || row[1].equals("SEMIMONTH") ? "YEAR" : row[1];
    assertThat(m.range().period()).isEqualTo(PayPeriod.valueOf(expected));
    assertThat(m.warnings()).isEmpty();
    assertThat(m.range().text()).endsWith(row[2].substring(row[2].length() - 2));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("periodLeads")
  void periodLeadExampleStatesItsPeriod(String[] row) {
    List<PayMatch> found = PayParser.findAll(row[2], PayContext.NONE);
    assertThat(found).hasSize(1);
    assertThat(found.get(0).range().period()).isEqualTo(PayPeriod.valueOf(row[1]));
    assertThat(found.get(0).warnings()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rangeWords")
  void rangeWordExampleBoundsTheRange(String[] row) {
    List<PayMatch> found = PayParser.findAll(row[2], PayContext.NONE);
    assertThat(found).hasSize(1);
    PayRange r = found.get(0).range();
    switch (row[1]) {
      case "MIN" -> assertThat(r.max()).isNull();
      case "MAX" -> assertThat(r.min()).isNull();
      default -> assertThat(r.min()).isLessThan(r.max());
    }
    assertThat(r.text().toLowerCase(java.util.Locale.ROOT)).contains(row[0]);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  void kindExampleSetsTheKind(String[] row) {
    List<PayMatch> found = PayParser.findAll(row[3], PayContext.NONE);
    assertThat(found).extracting(m -> m.range().kind()).containsExactly(PayKind.valueOf(row[1]));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("payCues")
  void payCueExampleIsReadAsPay(String[] row) {
    assertThat(PayParser.findAll(row[2], PayContext.NONE)).hasSize(1);
    // The control: without its cue the example is no pay, so the cue is what made it pay.
    assertThat(PayParser.findAll(withoutCue(row[2], row[0]), PayContext.NONE)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("notPay")
  void notPayExampleHasNoPay(String[] row) {
    assertThat(PayParser.findAll(row[3], PayContext.NONE)).isEmpty();
    // The control: without its cue the example is pay, so the cue is what kept it out.
    assertThat(PayParser.findAll(withoutCue(row[3], row[0]), PayContext.NONE)).hasSize(1);
  }

  /**
   * The example with every occurrence of the cue taken out, matched as the rule files match it:
   * ignoring case, at word boundaries, a trailing {@code *} taking the rest of the word.
   */
  static String withoutCue(String example, String phrase) {
    boolean prefix = phrase.endsWith("*");
    String cue = prefix ? phrase.substring(0, phrase.length() - 1) : phrase;
    StringBuilder out = new StringBuilder();
    int removed = 0;
    int i = 0;
    while (i < example.length()) {
      int end = i + cue.length();
      boolean atStart = i == 0 || !Character.isLetterOrDigit(example.charAt(i - 1));
      if (atStart && example.regionMatches(true, i, cue, 0, cue.length())) {
        while (prefix && end < example.length() && Character.isLetter(example.charAt(end))) {
          end++;
        }
        if (end >= example.length() || !Character.isLetterOrDigit(example.charAt(end))) {
          removed++;
          i = end;
          continue;
        }
      }
      out.append(example.charAt(i));
      i++;
    }
    assertThat(removed).as("cue '%s' in '%s'", phrase, example).isPositive();
    return out.toString();
  }
}
