package io.github.jobnorm.normalize;

import io.github.jobnorm.model.PayKind;
import io.github.jobnorm.model.PayPeriod;
import io.github.jobnorm.model.PayRange;
import io.github.jobnorm.normalize.AmountReader.Multiplier;
import io.github.jobnorm.normalize.CurrencyTable.Marker;
import io.github.jobnorm.normalize.PayGrammar.Money;
import io.github.jobnorm.normalize.PayGrammar.Shape;
import io.github.jobnorm.normalize.PayWords.Cue;
import io.github.jobnorm.normalize.PayWords.StatedPeriod;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Decides whether a figure or range the grammar found is the candidate's pay, and reads what the
 * words around it say: currency, period, kind and scope. A wrong value is worse than a missing one,
 * so every doubt (a not-pay cue, no currency in free text, an implausible magnitude) drops it.
 */
final class PayJudge {

  /** How far back the clause around a figure is searched for cue words. */
  private static final int CLAUSE_WINDOW = 120;

  /** How close before a figure a pay word must be for an unstated period to be inferred. */
  private static final int NEAR = 60;

  /** Words that may stand between a figure and an AFTER kind cue ("$5,000 annual bonus"). */
  private static final java.util.Set<String> KIND_MODIFIERS =
      java.util.Set.of("annual", "target", "yearly", "quarterly", "performance", "cash", "sales");

  private final CharSequence text;
  private final PayContext context;
  private final boolean wholeTextIsPay;
  private final CurrencyTable currencies = CurrencyTable.DEFAULT;
  private final PayWords words = PayWords.DEFAULT;
  private final Scope scope;

  /**
   * @param wholeTextIsPay true for a display string that is all about pay ("20000 - 30000/annum"),
   *     where figures need no currency or pay word around them
   */
  PayJudge(CharSequence text, PayContext context, boolean wholeTextIsPay) {
    this.text = text;
    this.context = context == null ? PayContext.NONE : context;
    this.wholeTextIsPay = wholeTextIsPay;
    this.scope = new Scope(text, words);
  }

  /** The pay this shape states, or null when it is not pay or cannot be read without guessing. */
  PayMatch judge(Shape shape) {
    // The grammar builds shapes from usable money only: every figure has a value and no percent.
    Money any = shape.any();
    if (marker(shape) == null
        && !wholeTextIsPay
        && (shape.period() == null || yearLike(any))
        && !indianUnit(shape.low())
        && !indianUnit(shape.high())) {
      return null; // a bare number in free text, with nothing that makes it money
    }
    int clauseStart = clauseStart(shape.start(), shape.floor());
    List<String> warnings = new ArrayList<>();
    PhraseSet.Hit<PayWords.Where> cueBefore = words.payCues.last(text, clauseStart, shape.start());
    boolean payAfter = payWordAfter(shape);
    // An unstated period is only inferred for figures that pay words stand right next to.
    boolean payNear = payAfter || cueBefore != null && shape.start() - cueBefore.end() <= NEAR;
    String currency = currency(shape, cueBefore != null, warnings);
    if (unitPrice(shape)) {
      return null; // "$53.82 per contact hour", "$1,391 per lecture unit": not a pay period
    }
    if (currency == null || notPay(shape, clauseStart)) {
      return null;
    }
    BigDecimal min = shape.low() == null ? null : shape.low().amount().value();
    BigDecimal max = shape.high() == null ? null : shape.high().amount().value();
    BigDecimal scale = currencies.scaleOf(currency);
    StatedPeriod stated = statedPeriod(shape, clauseStart, min, max, scale);
    if (stated == null) {
      stated = Magnitudes.inferPeriod(min, max, scale);
      // Outside pay wording, only a two-sided range of yearly size is read ("$100,000 - $125,000").
      boolean yearlyRange =
          stated == StatedPeriod.YEAR
              && min != null
              && max != null
              && min.compareTo(max) < 0
              && max.compareTo(min.multiply(BigDecimal.valueOf(3))) <= 0
              && !inMillions(shape.low())
              && !inMillions(shape.high());
      if (stated == null || !(wholeTextIsPay || payNear || yearlyRange)) {
        return null;
      }
      warnings.add(PayWarnings.periodAssumed(stated));
    }
    if (suffixWordOnly(shape)) {
      return null; // "lift 50 pounds": a currency word alone is only money with a period
    }
    PayPeriod period = Magnitudes.toPayPeriod(stated);
    BigDecimal factor = Magnitudes.toPeriodFactor(stated);
    min = min == null ? null : min.multiply(factor);
    max = max == null ? null : max.multiply(factor);
    if (!Magnitudes.plausible(min, max, period, scale)) {
      return null;
    }
    PayKind kind = kind(shape, clauseStart);
    String appliesTo = scope.appliesTo(shape, clauseStart);
    String words = TextClean.collapse(text.subSequence(shape.start(), shape.end()));
    PayRange range = PayRange.of(min, max, currency, period, appliesTo, kind, words);
    return new PayMatch(range, shape.start(), shape.end(), warnings);
  }

  private static Marker marker(Shape shape) {
    Marker marker = shape.low() != null ? shape.low().currency() : null;
    return marker == null && shape.high() != null ? shape.high().currency() : marker;
  }

  private String currency(Shape shape, boolean payCueBefore, List<String> warnings) {
    Marker marker = marker(shape);
    if (marker != null) {
      return marker.bareDollar() ? currencies.dollarIn(context.country()) : marker.iso();
    }
    if (indianUnit(shape.low()) || indianUnit(shape.high())) {
      return "INR"; // lakh and crore are Indian units: the figure is in rupees.
    }
    String fallback = currencies.currencyOf(context.country());
    // In free text, judge has already dropped a figure without a marker unless it states its
    // period and is no year, so only the pay cue is left to ask for.
    if (fallback == null || !(wholeTextIsPay || payCueBefore)) {
      return null;
    }
    warnings.add(PayWarnings.currencyAssumed(fallback));
    return fallback;
  }

  private static boolean inMillions(Money m) {
    return m.amount().multiplier().factor.compareTo(BigDecimal.valueOf(1_000_000)) >= 0;
  }

  private static boolean indianUnit(Money m) {
    Multiplier u = m == null ? Multiplier.NONE : m.amount().multiplier();
    return u == Multiplier.LAKH || u == Multiplier.LAKH_PER_ANNUM || u == Multiplier.CRORE;
  }

  /** "2026 Monthly Salary Range": a bare four-digit year is never a figure of pay. */
  private boolean yearLike(Money m) {
    int digits = m.amount().digitsEnd() - m.amount().start();
    BigDecimal v = m.amount().value();
    return digits == 4
        && m.amount().multiplier() == Multiplier.NONE
        && v.compareTo(BigDecimal.valueOf(1900)) >= 0
        && v.compareTo(BigDecimal.valueOf(2100)) <= 0;
  }

  /** "per" or "/" and a word that is not a period right after the figures: a unit price. */
  private boolean unitPrice(Shape shape) {
    if (shape.period() != null) {
      return false;
    }
    int p = shape.figuresEnd();
    while (p < text.length() && p - shape.figuresEnd() < 2 && text.charAt(p) == ' ') {
      p++;
    }
    if (p < text.length() && text.charAt(p) == '/') {
      return p + 1 < text.length() && Character.isLetter(text.charAt(p + 1));
    }
    return PhraseSet.regionMatchesIgnoreCase(text, p, "per ");
  }

  /** A currency given only as a word after the figure ("50 pounds") needs a stated period. */
  private boolean suffixWordOnly(Shape shape) {
    Marker m = shape.any().currency();
    return m != null
        && m == shape.any().suffix()
        && m.end() - m.start() >= 4
        && shape.period() == null;
  }

  private StatedPeriod statedPeriod(
      Shape shape, int clauseStart, BigDecimal min, BigDecimal max, BigDecimal scale) {
    if (shape.period() != null) {
      return shape.period().period();
    }
    if (shape.any().amount().multiplier().yearly) {
      return StatedPeriod.YEAR;
    }
    // The nearest period word wins, but "salary" only says YEAR when nothing more precise is
    // there ("Monthly salary: $4,000") and the figures are of yearly size.
    PhraseSet.Hit<StatedPeriod> weak = null;
    PhraseSet.Hit<StatedPeriod> strong = null;
    for (PhraseSet.Hit<StatedPeriod> hit :
        words.periodLeads.all(text, clauseStart, shape.start())) {
      if (hit.phrase().equals("salary")) {
        weak = hit;
      } else {
        strong = hit;
      }
    }
    if (strong != null) {
      return strong.value();
    }
    return weak != null && Magnitudes.yearlyMagnitude(min, max, scale) ? weak.value() : null;
  }

  private boolean notPay(Shape shape, int clauseStart) {
    PhraseSet.Hit<Cue<String>> before = words.notPay.last(text, clauseStart, shape.start());
    if (before != null && before.value().where().before()) {
      return true;
    }
    if (shape.period() != null
        && shape.low() != null
        && shape.high() != null
        && shape.low().amount().value().compareTo(shape.high().amount().value()) < 0) {
      // A two-sided range with its period is a complete statement of pay: words after it
      // ("14.39 - 17.55/hour Shift Allowance") start something else.
      return false;
    }
    Money last = shape.high() != null ? shape.high() : shape.low();
    int from = last.end();
    if (from < text.length() && Character.isLetter(text.charAt(from))) {
      from = PhraseSet.wordEnd(text, from); // "$55,000Company Vehicle": glued on, not said of it
    }
    int limit = firstWordsEnd(from);
    for (int i = from; i < limit; i++) {
      if (i == from || PhraseSet.isWordStart(text, i)) {
        PhraseSet.Hit<Cue<String>> hit = words.notPay.at(text, i, limit);
        if (hit != null && hit.value().where().after()) {
          return true;
        }
      }
    }
    return false;
  }

  /** "$150,000 OTE", "$50,000 base": a pay word right after the figures. */
  private boolean payWordAfter(Shape shape) {
    int limit = firstWordsEnd(shape.end());
    for (int i = shape.end(); i < limit; i++) {
      if (i == shape.end() || !Character.isLetterOrDigit(text.charAt(i - 1))) {
        PhraseSet.Hit<PayWords.Where> hit = words.payCues.at(text, i, limit);
        if (hit != null && hit.value().after()) {
          return true;
        }
      }
    }
    return false;
  }

  private PayKind kind(Shape shape, int clauseStart) {
    // Right after the range, as its first word or after a modifier ("$150k OTE", "$5,000 annual
    // bonus"); "+ bonus", "plus bonus", "before bonus" speak of something else.
    int limit = firstWordsEnd(shape.end());
    int words1 = 0;
    for (int i = shape.end(); i < limit && words1 < 2; i++) {
      if (PhraseSet.isWordStart(text, i)) {
        PhraseSet.Hit<Cue<PayKind>> hit = words.kinds.at(text, i, limit);
        if (hit != null && hit.value().where().after()) {
          return hit.value().value();
        }
        int we = PhraseSet.wordEnd(text, i);
        String w = text.subSequence(i, we).toString().toLowerCase(java.util.Locale.ROOT);
        if (!KIND_MODIFIERS.contains(w)) {
          break;
        }
        words1++;
        i = we - 1;
      } else if (!Character.isWhitespace(text.charAt(i))) {
        break;
      }
    }
    PhraseSet.Hit<Cue<PayKind>> before = words.kinds.last(text, clauseStart, shape.start());
    return before != null && before.value().where().before() ? before.value().value() : PayKind.BASE;
  }

  /** End of the first three words after {@code from}, stopping at punctuation that ends a phrase. */
  private int firstWordsEnd(int from) {
    int limit = Math.min(text.length(), from + 40);
    int wordsSeen = 0;
    int i = from;
    while (i < limit) {
      char c = text.charAt(i);
      if (c == ',' || c == ';' || c == '.' || c == ')' || c == '\n' || c == ':' || c == '|'
          || c == '+' || c == '&') {
        return i;
      }
      if (Character.isLetterOrDigit(c)) {
        if (wordsSeen == 3) {
          return i;
        }
        wordsSeen++;
        while (i < limit && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '-')) {
          i++;
        }
        continue;
      }
      i++;
    }
    return limit;
  }

  /**
   * Start of the clause a figure is in: after the last sentence or list boundary before it. A
   * figure alone on its line takes the line before it as its clause ("Pay Rate\n\n$17.00").
   */
  int clauseStart(int pos, int floor) {
    int lowest = Math.max(floor, pos - CLAUSE_WINDOW);
    boolean blank = true;
    for (int i = pos - 1; i >= lowest; i--) {
      if (Scope.isBoundary(text, i) && !(blank && text.charAt(i) == '\n')) {
        return i + 1;
      }
      blank &= Character.isWhitespace(text.charAt(i));
    }
    return lowest;
  }
}
