package io.github.jobnorm.normalize;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads posting dates and deadlines: ISO dates, "3 days ago", "vor 3 Tagen", "Apply by ...".
 *
 * <p>A relative date is only ever resolved against a reference instant the caller passes (the
 * time the page was fetched, or an explicit reference time), never against the wall clock, and
 * always as a UTC calendar date. "30+ days ago" resolves to 30 days before the reference.
 * Numeric dates such as "03/04/2025" are read only when the day cannot be taken for the month.
 */
public final class DateParser {
  private static final Pattern DEADLINE_CUE = Pattern.compile(
      "\\b(?:apply (?:by|before|no later than)|applications? (?:must be (?:received|submitted) by"
          + "|close[sd]?|closing|deadline|due)|closing date(?: for applications)?|closes"
          + "|application deadline|deadline(?: for applications)?|bewerbungsfrist|bewerbungsschluss"
          + "|date limite(?: de candidature)?)(?: on| by| is| date)?\\s{0,3}[:\\-\u2013]?\\s{0,3}"
          + "(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,? )?");

  /** A date field is short; longer text is only read this far. */
  private static final int FIELD_LIMIT = 1000;

  private DateParser() {}

  /**
   * A date as written, absolute or relative; a relative one is resolved against {@code
   * reference} and is empty when {@code reference} is null. Meant for a date field ("Posted 3
   * days ago"): only its first 1,000 characters are read.
   */
  public static Optional<Found<LocalDate>> parse(String field, Instant reference) {
    if (field == null || field.isBlank()) {
      return Optional.empty();
    }
    String text = field.length() > FIELD_LIMIT ? field.substring(0, FIELD_LIMIT) : field;
    AbsoluteDates.Match absolute = AbsoluteDates.find(text);
    if (absolute != null) {
      return Optional.of(new Found<>(absolute.date(),
          text.substring(absolute.start(), absolute.end()), absolute.start(), absolute.end()));
    }
    RelativeDates.Match relative = RelativeDates.find(text);
    if (relative == null || reference == null) {
      return Optional.empty();
    }
    return Optional.of(new Found<>(RelativeDates.resolve(relative, reference),
        text.substring(relative.start(), relative.end()), relative.start(), relative.end()));
  }

  /** Whether the text is a relative date ("2 weeks ago") that needs a reference time. */
  public static boolean isRelative(String field) {
    if (field == null || field.isBlank()) {
      return false;
    }
    String text = field.length() > FIELD_LIMIT ? field.substring(0, FIELD_LIMIT) : field;
    if (AbsoluteDates.find(text) != null) {
      return false;
    }
    return RelativeDates.find(text) != null;
  }

  /**
   * A deadline stated in free text ("Apply by 30 June 2025", "Closing date: ..."), or empty. A
   * deadline without a year ("Apply by June 30") needs the reference, and takes the first such
   * day that is not more than two months before it.
   */
  public static Optional<Found<LocalDate>> findDeadline(CharSequence text, Instant reference) {
    if (text == null) {
      return Optional.empty();
    }
    Matcher cue = DEADLINE_CUE.matcher(Fold.lowerSameLength(text));
    while (cue.find()) {
      AbsoluteDates.Match m = AbsoluteDates.first(text, cue.end(), true);
      if (m == null && reference != null) {
        LocalDate today = reference.atOffset(ZoneOffset.UTC).toLocalDate();
        m = AbsoluteDates.dayMonthAt(text, cue.end(), today.getYear());
        if (m != null && m.date().isBefore(today.minusMonths(2))) {
          m = new AbsoluteDates.Match(m.date().plusYears(1), m.start(), m.end());
        }
      }
      if (m != null) {
        return Optional.of(new Found<>(m.date(),
            text.subSequence(cue.start(), m.end()).toString(), cue.start(), m.end()));
      }
    }
    return Optional.empty();
  }
}
