package io.github.jobnorm.normalize;

import java.util.regex.Pattern;

/** Strips postal codes from a place part: "Camberwell VIC 3124", "London EC2A 4NE", "M5V 2T6". */
final class PostalCodes {
  private static final Pattern TRAILING = Pattern.compile(
      "\\s+(?:\\d{4,6}(?:-\\d{4})?|[A-Z]{1,2}\\d[A-Z\\d]?(?: \\d[A-Z]{2})?"
          + "|[A-Z]\\d[A-Z] ?\\d[A-Z]\\d)$");
  private static final Pattern WHOLE = Pattern.compile(
      "\\d{4,6}(?:-\\d{4})?|[A-Z]{1,2}\\d[A-Z\\d]? \\d[A-Z]{2}|[A-Z]\\d[A-Z] ?\\d[A-Z]\\d");

  private PostalCodes() {}

  /** The part without a trailing postal code; a part that is only a postal code becomes "". */
  static String strip(String part) {
    String s = part.strip();
    if (WHOLE.matcher(s).matches()) {
      return "";
    }
    return TRAILING.matcher(s).replaceFirst("");
  }
}
