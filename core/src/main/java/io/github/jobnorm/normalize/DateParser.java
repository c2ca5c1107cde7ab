package io.github.jobnorm.normalize;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/** Reads posting dates and deadlines: ISO dates, "3 days ago", "vor 3 Tagen", "Apply by ...". */
public final class DateParser {
  private DateParser() {}

  /**
   * A date as written, absolute or relative; a relative one is resolved against {@code
   * reference} and is empty when {@code reference} is null.
   */
  public static Optional<Found<LocalDate>> parse(String text, Instant reference) {
    return Optional.empty();
  }

  /** Whether the text is a relative date ("2 weeks ago") that needs a reference time. */
  public static boolean isRelative(String text) {
    return false;
  }

  /** A deadline stated in free text ("Apply by 30 June 2025", "Closing date: ..."), or empty. */
  public static Optional<Found<LocalDate>> findDeadline(CharSequence text, Instant reference) {
    return Optional.empty();
  }
}
