package io.github.jobnorm.normalize;

import io.github.jobnorm.model.PayKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The word lists of the pay grammar, read from the {@code pay-*.tsv} rule files: period words,
 * range words, kind cues, pay cues and not-pay cues.
 */
final class PayWords {

  /** A period as written, before biweekly and semi-monthly figures are put on a yearly basis. */
  enum StatedPeriod {
    HOUR, DAY, WEEK, MONTH, YEAR, BIWEEK, SEMIMONTH
  }

  /** What a range word makes of the figure after it. */
  enum RangeRole {
    BETWEEN, FROM, MIN, MAX
  }

  /** Where a cue is looked for, relative to the figure. */
  enum Where {
    BEFORE, AFTER, BOTH;

    boolean before() {
      return this != AFTER;
    }

    boolean after() {
      return this != BEFORE;
    }
  }

  record Cue<V>(V value, Where where) {}

  /** A period phrase found after a figure: what it says and where it ends. */
  record PeriodHit(StatedPeriod period, int start, int end) {}

  private record PeriodPhrase(String lower, StatedPeriod period) {}

  static final PayWords DEFAULT = new PayWords();

  private final List<PeriodPhrase> periods = new ArrayList<>();
  private final java.util.Map<Character, List<PeriodPhrase>> periodsByFirstChar =
      new java.util.HashMap<>();
  final PhraseSet<StatedPeriod> periodLeads = new PhraseSet<>();
  final PhraseSet<RangeRole> rangeWords = new PhraseSet<>();
  final PhraseSet<Cue<PayKind>> kinds = new PhraseSet<>();
  final PhraseSet<Where> payCues = new PhraseSet<>();
  final PhraseSet<Cue<String>> notPay = new PhraseSet<>();

  private PayWords() {
    for (String[] row : RuleFile.read("pay-periods.tsv", 3)) {
      periods.add(
          new PeriodPhrase(row[0].toLowerCase(Locale.ROOT), StatedPeriod.valueOf(row[1])));
    }
    periods.sort(Comparator.comparingInt((PeriodPhrase p) -> p.lower().length()).reversed());
    for (PeriodPhrase p : periods) {
      periodsByFirstChar.computeIfAbsent(p.lower().charAt(0), k -> new ArrayList<>()).add(p);
    }
    for (String[] row : RuleFile.read("pay-period-leads.tsv", 3)) {
      periodLeads.add(row[0], StatedPeriod.valueOf(row[1]));
    }
    for (String[] row : RuleFile.read("pay-range-words.tsv", 3)) {
      rangeWords.add(row[0], RangeRole.valueOf(row[1]));
    }
    for (String[] row : RuleFile.read("pay-kinds.tsv", 4)) {
      kinds.add(row[0], new Cue<>(PayKind.valueOf(row[1]), Where.valueOf(row[2])));
    }
    for (String[] row : RuleFile.read("pay-cues.tsv", 3)) {
      payCues.add(row[0], Where.valueOf(row[1]));
    }
    for (String[] row : RuleFile.read("pay-not-pay.tsv", 4)) {
      notPay.add(row[0], new Cue<>(row[1], Where.valueOf(row[2])));
    }
  }

  /**
   * The period phrase at {@code pos} (after at most one space), or null.
   * A phrase must not run on into a lower-case letter ("/hrs" is not "/h"); a capital right after
   * it is text glued on by a scraper ("$23.00/hrBenefits").
   */
  PeriodHit periodAt(CharSequence text, int pos, int limit) {
    int start = pos;
    if (start < limit && AmountReader.isSpace(text.charAt(start))) {
      start++;
    }
    if (start >= limit) {
      return null;
    }
    List<PeriodPhrase> candidates = periodsByFirstChar.get(Character.toLowerCase(text.charAt(start)));
    if (candidates == null) {
      return null;
    }
    for (PeriodPhrase p : candidates) {
      int end = start + p.lower().length();
      if (end > limit || !PhraseSet.regionMatchesIgnoreCase(text, start, p.lower())) {
        continue;
      }
      if (!Character.isLetterOrDigit(p.lower().charAt(0))
          || start == 0
          || !Character.isLetterOrDigit(text.charAt(start - 1))) {
        if (boundaryOk(text, start, end, limit)) {
          return new PeriodHit(p.period(), start, end);
        }
      }
    }
    return null;
  }

  private static boolean boundaryOk(CharSequence text, int start, int end, int limit) {
    if (end >= limit) {
      return true;
    }
    char next = text.charAt(end);
    char lastMatched = text.charAt(end - 1);
    if (!Character.isLetterOrDigit(lastMatched)) {
      return true;
    }
    if (Character.isDigit(next)) {
      return end - start >= 4; // "per annum25 days": glued on; "/h1" is not "/h"
    }
    if (!Character.isLetter(next)) {
      return true;
    }
    return Character.isUpperCase(next) && Character.isLowerCase(lastMatched) && end - start > 1;
  }
}
