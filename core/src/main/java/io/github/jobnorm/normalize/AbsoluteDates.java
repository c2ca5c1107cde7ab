package io.github.jobnorm.normalize;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Calendar dates as written: ISO, "June 30, 2025", "30 June 2025", "30. Juni 2025", "30/06/2025"
 * (only when the day cannot be mistaken for the month), epoch milliseconds.
 */
final class AbsoluteDates {
  /** A match: the date and where its words are. */
  record Match(LocalDate date, int start, int end) {}

  private static final Pattern ISO =
      Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})(?![\\d])");
  private static final Pattern YMD_SLASH = Pattern.compile("\\b(\\d{4})/(\\d{1,2})/(\\d{1,2})\\b");
  private static final Pattern NUMERIC =
      Pattern.compile("\\b(\\d{1,2})([/.])(\\d{1,2})\\2(\\d{4})\\b");
  private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
      "\\b(\\d{1,2})(?:st|nd|rd|th|er|\\.)?[ -](\\p{L}{3,10})\\.?,?[ -](\\d{4})\\b");
  private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
      "\\b(\\p{L}{3,10})\\.? (\\d{1,2})(?:st|nd|rd|th)?,? (\\d{4})\\b");
  private static final Pattern DAY_MONTH = Pattern.compile(
      "\\b(\\d{1,2})(?:st|nd|rd|th|er|\\.)? (\\p{L}{3,10})\\b");
  private static final Pattern MONTH_DAY = Pattern.compile(
      "\\b(\\p{L}{3,10})\\.? (\\d{1,2})(?:st|nd|rd|th)?\\b");
  private static final Pattern EPOCH = Pattern.compile("^(\\d{10}|\\d{12,13})(?:\\.0+)?$");

  private AbsoluteDates() {}

  /** The first full date (with its year) in a short text, or null. */
  static Match find(CharSequence text) {
    String s = text.toString().strip();
    Matcher epoch = EPOCH.matcher(s);
    if (epoch.matches()) {
      long n = Long.parseLong(epoch.group(1));
      Instant at = n >= 100_000_000_000L ? Instant.ofEpochMilli(n) : Instant.ofEpochSecond(n);
      return new Match(at.atOffset(ZoneOffset.UTC).toLocalDate(), 0, text.length());
    }
    return first(text, 0, false);
  }

  /**
   * The earliest date starting in {@code [from, text.length())}; with {@code anchored}, only one
   * that starts at {@code from}.
   */
  static Match first(CharSequence text, int from, boolean anchored) {
    Match best = null;
    for (int kind = 0; kind < 5; kind++) {
      Match m = match(kind, text, from, anchored);
      if (m != null && (best == null || m.start() < best.start())) {
        best = m;
      }
    }
    return best;
  }

  /** A day and month without a year ("June 30") at {@code from}, in the given year, or null. */
  static Match dayMonthAt(CharSequence text, int from, int year) {
    for (Pattern p : new Pattern[] {DAY_MONTH, MONTH_DAY}) {
      Matcher m = p.matcher(text).region(from, text.length());
      if (m.lookingAt()) {
        boolean dayFirst = p == DAY_MONTH;
        LocalDate d = date(year, MonthNames.month(m.group(dayFirst ? 2 : 1)),
            Integer.parseInt(m.group(dayFirst ? 1 : 2)));
        if (d != null) {
          return new Match(d, m.start(), m.end());
        }
      }
    }
    return null;
  }

  private static Match match(int kind, CharSequence text, int from, boolean anchored) {
    Pattern p = switch (kind) {
      case 0 -> ISO;
      case 1 -> YMD_SLASH;
      case 2 -> NUMERIC;
      case 3 -> DAY_MONTH_YEAR;
      default -> MONTH_DAY_YEAR;
    };
    Matcher m = p.matcher(text).region(from, text.length());
    while (anchored ? m.lookingAt() : m.find()) {
      LocalDate d = toDate(kind, m);
      if (d != null) {
        return new Match(d, m.start(), m.end());
      }
      if (anchored) {
        return null;
      }
    }
    return null;
  }

  private static LocalDate toDate(int kind, Matcher m) {
    switch (kind) {
      case 0, 1:
        return date(num(m, 1), num(m, 2), num(m, 3));
      case 2: {
        int a = num(m, 1);
        int b = num(m, 3);
        int y = num(m, 4);
        // Dotted dates are European day-first; slashed ones only when unambiguous.
        if (m.group(2).equals(".") || a > 12) {
          return date(y, b, a);
        }
        if (b > 12 || a == b) {
          return date(y, a, b);
        }
        return null;
      }
      case 3:
        return date(num(m, 3), MonthNames.month(m.group(2)), num(m, 1));
      default:
        return date(num(m, 3), MonthNames.month(m.group(1)), num(m, 2));
    }
  }

  private static int num(Matcher m, int group) {
    return Integer.parseInt(m.group(group));
  }

  private static LocalDate date(int year, int month, int day) {
    if (month < 1 || year < 1990 || year > 2100) {
      return null;
    }
    try {
      return LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      return null;
    }
  }
}
