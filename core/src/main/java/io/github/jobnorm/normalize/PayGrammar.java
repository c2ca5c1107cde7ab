package io.github.jobnorm.normalize;

import io.github.jobnorm.normalize.AmountReader.Amount;
import io.github.jobnorm.normalize.AmountReader.Multiplier;
import io.github.jobnorm.normalize.CurrencyTable.Marker;
import io.github.jobnorm.normalize.PayWords.PeriodHit;
import io.github.jobnorm.normalize.PayWords.RangeRole;
import java.util.function.Consumer;

/**
 * The shapes of a stated figure or range: money tokens (amount with its currency marker), joined
 * by range connectors and led by range words, followed by a period. It walks the text once,
 * holding at most two money tokens, and hands each shape to a consumer that judges whether it is
 * pay.
 */
final class PayGrammar {

  /** Words that join two figures into a range ("£110,818 rising to £127,523"). */
  private static final String[] CONNECTORS = {"to", "rising to", "and up to", "up to", "through"};

  /** Phrases after a figure that make it a lower bound ("$50,000 or more"). */
  private static final String[] OR_MORE = {"or more", "and up", "and above", "or higher"};

  /** Range words and phrases are looked for this far before a figure. */
  private static final int LEAD_WINDOW = 24;

  /** An amount with the currency markers written around it. */
  record Money(Amount amount, Marker prefix, Marker suffix, int start, int end) {
    Marker currency() {
      return prefix != null ? prefix : suffix;
    }

    boolean usable() {
      return amount.value() != null && !amount.percent();
    }

    Money withMultiplier(Multiplier m) {
      return new Money(amount.withMultiplier(m), prefix, suffix, start, end);
    }
  }

  /**
   * A figure or range as written. Its figures are always {@link Money#usable() usable}; the judge
   * relies on that.
   *
   * @param low the lower figure, or null for "up to B"
   * @param high the upper figure, or null for "from A", "A+"
   * @param start where its words start (a range word such as "between" included)
   * @param figuresEnd offset after the last figure and its currency marker
   * @param end offset after the whole shape (period words, "+")
   * @param period the period stated after a figure, or null
   * @param floor where the text that belongs to this shape and not to the previous money starts
   */
  record Shape(Money low, Money high, int start, int figuresEnd, int end, PeriodHit period, int floor) {
    Money any() {
      return low != null ? low : high;
    }
  }

  private final CurrencyTable currencies;
  private final PayWords words;
  private final CharSequence text;
  private final int length;

  PayGrammar(CharSequence text) {
    this.currencies = CurrencyTable.DEFAULT;
    this.words = PayWords.DEFAULT;
    this.text = text;
    this.length = text.length();
  }

  /** Hands every shape in the text, in order, to {@code sink}. */
  void scan(Consumer<Shape> sink) {
    int floor = 0;
    Money cur = nextMoney(0, 0);
    while (cur != null) {
      if (!cur.usable()) {
        cur = nextMoney(cur.end(), cur.end());
        continue;
      }
      Money next = nextMoney(cur.end(), cur.end());
      RangeRole role = null;
      int start = cur.start();
      PhraseSet.Hit<RangeRole> lead = leadBefore(cur.start(), floor);
      if (lead != null) {
        role = lead.value();
        start = lead.start();
      }
      Shape range = next == null ? null : range(cur, next, role, start, floor);
      if (range != null) {
        sink.accept(range);
        floor = range.end();
        cur = nextMoney(range.end(), floor);
        continue;
      }
      Shape single = single(cur, role, start, floor);
      Shape joined = next == null ? null : startThenUpTo(single, role, next);
      if (joined != null) {
        sink.accept(joined);
        floor = joined.end();
        cur = nextMoney(joined.end(), floor);
        continue;
      }
      sink.accept(single);
      if (cur.currency() != null) {
        // A bare number (a year, "401(k)") leaves the clause open for the figure after it.
        floor = single.end();
      }
      cur = next;
    }
  }

  private Shape single(Money m, RangeRole role, int start, int floor) {
    PeriodHit period = words.periodAt(text, danglingDashEnd(m.end()), length);
    int end = period != null ? period.end() : m.end();
    boolean plus = false;
    if (end < length && text.charAt(end) == '+') {
      plus = true;
      end++;
      if (period == null) {
        period = words.periodAt(text, end, length);
        end = period != null ? period.end() : end;
      }
    } else {
      int orMore = orMoreAt(end);
      if (orMore > end) {
        plus = true;
        end = orMore;
      }
    }
    if (plus || role == RangeRole.MIN || role == RangeRole.FROM) {
      return new Shape(m, null, start, m.end(), end, period, floor);
    }
    if (role == RangeRole.MAX) {
      return new Shape(null, m, start, m.end(), end, period, floor);
    }
    return new Shape(m, m, start, m.end(), end, period, floor);
  }

  /**
   * "starts at $23.00 with progressions up to $24.00/hour": a lower bound and an upper bound in
   * the same clause, close together, make one range.
   */
  private Shape startThenUpTo(Shape low, RangeRole role, Money next) {
    if (role != RangeRole.MIN && role != RangeRole.FROM || low.high() != null || !next.usable()) {
      return null;
    }
    if (next.start() - low.end() > 40) {
      return null;
    }
    for (int i = low.end(); i < next.start(); i++) {
      if (Scope.isBoundary(text, i)) {
        return null;
      }
    }
    PhraseSet.Hit<RangeRole> lead = leadBefore(next.start(), low.end());
    if (lead == null || lead.value() != RangeRole.MAX) {
      return null;
    }
    Marker ca = low.low().currency();
    Marker cb = next.currency();
    if (ca == null || cb == null || !ca.iso().equals(cb.iso())
        || low.low().amount().value().compareTo(next.amount().value()) >= 0) {
      return null;
    }
    PeriodHit second = words.periodAt(text, next.end(), length);
    if (low.period() != null && second != null && low.period().period() != second.period()) {
      return null;
    }
    PeriodHit period = second != null ? second : low.period();
    int end = second != null ? second.end() : next.end();
    return new Shape(low.low(), next, low.start(), next.end(), end, period, low.floor());
  }

  /** "A - B", "A to B", "between A and B", "A/hr - B/hr", with a unit on one side only. */
  private Shape range(Money a, Money b, RangeRole role, int start, int floor) {
    if (!b.usable() || role == RangeRole.MAX || role == RangeRole.MIN) {
      return null;
    }
    int pos = a.end();
    PeriodHit first = words.periodAt(text, pos, b.start());
    if (first != null) {
      pos = first.end();
    }
    pos = skipSpaces(pos, b.start());
    int afterConnector = connectorEnd(pos, role);
    if (afterConnector < 0 || skipSpaces(afterConnector, b.start()) != b.start()) {
      return null;
    }
    Money low = a;
    Money high = b;
    Multiplier ma = a.amount().multiplier();
    Multiplier mb = b.amount().multiplier();
    // A multiplier written on one side counts for both ("20-30K", "$120k-150"), unless that would
    // put the bounds out of order ("50,000-1.25 Lacs": fifty thousand to 1.25 lakh).
    if (ma == Multiplier.NONE && mb != Multiplier.NONE) {
      Money shared = a.withMultiplier(mb);
      low = shared.amount().value().compareTo(b.amount().value()) <= 0 ? shared : a;
    } else if (mb == Multiplier.NONE && ma != Multiplier.NONE) {
      Money shared = b.withMultiplier(ma);
      high = shared.amount().value().compareTo(a.amount().value()) >= 0 ? shared : b;
    }
    Marker ca = a.currency();
    Marker cb = b.currency();
    if (ca != null && cb != null && !ca.iso().equals(cb.iso())) {
      return null;
    }
    if (low.amount().value().compareTo(high.amount().value()) > 0) {
      return null;
    }
    PeriodHit second = words.periodAt(text, b.end(), length);
    if (first != null && second != null && first.period() != second.period()) {
      return null;
    }
    PeriodHit period = second != null ? second : first;
    int end = second != null ? second.end() : b.end();
    return new Shape(low, high, start, b.end(), end, period, floor);
  }

  /** After "-" or "/-" ending a figure ("$16-/hr", "Rs. 20,000/- per month"), else {@code pos}. */
  private int danglingDashEnd(int pos) {
    if (pos + 1 < length && text.charAt(pos) == '/' && text.charAt(pos + 1) == '-') {
      return pos + 2;
    }
    if (pos + 1 < length && text.charAt(pos) == '-' && text.charAt(pos + 1) == '/') {
      return pos + 1;
    }
    return pos;
  }

  /** Offset after a range connector at {@code pos}, or -1. */
  private int connectorEnd(int pos, RangeRole role) {
    if (pos >= length) {
      return -1;
    }
    char c = text.charAt(pos);
    if (c == '-' || c == '\u2013' || c == '\u2014' || c == '\u2012' || c == '\u2212' || c == '~') {
      return pos + 1;
    }
    for (String connector : CONNECTORS) {
      if (word(pos, connector)) {
        return pos + connector.length();
      }
    }
    if (role == RangeRole.BETWEEN && word(pos, "and")) {
      return pos + 3;
    }
    return -1;
  }

  /** End of "or more", "and up", "and above" after a figure, else {@code pos}. */
  private int orMoreAt(int pos) {
    int p = skipSpaces(pos, Math.min(length, pos + 2));
    for (String phrase : OR_MORE) {
      if (PhraseSet.regionMatchesIgnoreCase(text, p, phrase)
          && (p + phrase.length() >= length
              || !Character.isLetterOrDigit(text.charAt(p + phrase.length())))) {
        return p + phrase.length();
      }
    }
    return pos;
  }

  private boolean word(int pos, String lower) {
    int end = pos + lower.length();
    return PhraseSet.regionMatchesIgnoreCase(text, pos, lower)
        && (end >= length || !Character.isLetterOrDigit(text.charAt(end)));
  }

  /** A range word ending right before the figure at {@code pos} ("between", "up to"). */
  private PhraseSet.Hit<RangeRole> leadBefore(int pos, int floor) {
    int end = pos;
    while (end > floor && (AmountReader.isSpace(text.charAt(end - 1)) || text.charAt(end - 1) == ':')) {
      end--;
    }
    // The earliest phrase that ends here is the longest: "ranging from", not "from".
    for (PhraseSet.Hit<RangeRole> hit :
        words.rangeWords.all(text, Math.max(floor, end - LEAD_WINDOW), end)) {
      if (hit.end() == end) {
        return hit;
      }
    }
    return null;
  }

  private int skipSpaces(int pos, int limit) {
    int p = pos;
    while (p < limit && p - pos < 3 && Character.isWhitespace(text.charAt(p))) {
      p++;
    }
    return p;
  }

  /** The next money token at or after {@code from}; currency markers not before {@code floor}. */
  private Money nextMoney(int from, int floor) {
    int i = from;
    while (i < length) {
      char c = text.charAt(i);
      if (!AmountReader.isDigit(c)) {
        i++;
        continue;
      }
      if (!AmountReader.startsNumber(text, i)) {
        i = PhraseSet.wordEnd(text, i);
        continue;
      }
      Amount amount = AmountReader.read(text, i);
      Marker prefix = currencies.before(text, i, floor);
      Marker suffix = amount.percent() ? null : currencies.after(text, amount.end(), length);
      int start = prefix != null ? prefix.start() : i;
      int end = suffix != null ? suffix.end() : amount.end();
      return new Money(amount, prefix, suffix, start, end);
    }
    return null;
  }
}
