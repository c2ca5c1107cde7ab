package io.github.jobnorm.normalize;

import java.util.Locale;
import java.util.Optional;

/**
 * Reads the applicant count a source shows: "57 applicants" gives 57; "Over 200 applicants"
 * gives 200, a lower bound, with a warning; "Be among the first 25 applicants" means fewer than
 * 25 have applied and gives nothing, since the count itself is not shown.
 */
public final class ApplicantCounts {
  private ApplicantCounts() {}

  /** The count, or empty when the text shows none. */
  public static Optional<Found<Integer>> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String t = text.strip().toLowerCase(Locale.ROOT);
    if (t.contains("first") || t.contains("among")) {
      return Optional.empty();
    }
    StringBuilder digits = new StringBuilder();
    for (int i = 0; i < t.length() && digits.length() < 10; i++) {
      char c = t.charAt(i);
      if (Character.isDigit(c)) {
        digits.append(c);
      } else if (digits.length() > 0 && c != ',' && c != '.') {
        break;
      }
    }
    if (digits.length() == 0 || digits.length() > 9) {
      return Optional.empty();
    }
    return Optional.of(Found.label(Integer.parseInt(digits.toString()), text.strip()));
  }

  /** Whether the text shows a lower bound ("Over 200 applicants") rather than a count. */
  public static boolean isLowerBound(String text) {
    String t = text == null ? "" : text.toLowerCase(Locale.ROOT);
    return t.contains("over") || t.contains("more than") || t.contains("+");
  }
}
