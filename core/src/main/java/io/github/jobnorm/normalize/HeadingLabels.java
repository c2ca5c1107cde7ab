package io.github.jobnorm.normalize;

/**
 * Where a label glued into a line of text ends, for {@link FusedHeadings}: the colon of a short
 * "Label:", a label in markdown bold ("**Responsibilities:**"), or a note in brackets closing the
 * line after a heading ("Job duties(* denotes an essential function)"). Each looks at most a
 * heading's length ahead, so that reading a line stays linear.
 */
final class HeadingLabels {
  /** A "Label:" heading has at most this many words. */
  static final int MAX_WORDS = 6;

  private HeadingLabels() {}

  /**
   * The end of the line when a note in brackets opens at {@code end} and closes the line, else -1.
   * Only a line end a heading's length away is looked at.
   */
  static int noteEnd(String s, int end) {
    int n = s.length();
    if (end >= n || (s.charAt(end) != '(' && s.charAt(end) != '[') || n - end > HeadingLines.MAX_CHARS) {
      return -1;
    }
    char close = s.charAt(end) == '(' ? ')' : ']';
    int last = s.charAt(n - 1) == ':' ? n - 2 : n - 1;
    return last > end && s.charAt(last) == close && s.indexOf(close, end) == last ? n : -1;
  }

  /**
   * The end of a label in markdown bold glued to its text, or -1: "**Responsibilities:**- Assist
   * underwriters ...", "...completeness.**Qualifications:**- P&C License". The bold and the colon
   * close it; it is a short label ({@value #MAX_WORDS} words at most) starting with a
   * capital, at a line start or glued to the text before it.
   */
  static int boldEnd(String s, int i, boolean lineStart) {
    if (!lineStart && !Character.isLetterOrDigit(s.charAt(i - 1)) && ".!?)".indexOf(s.charAt(i - 1)) < 0) {
      return -1;
    }
    int from = i + 2;
    if (from >= s.length() || !Character.isUpperCase(s.charAt(from))) {
      return -1;
    }
    int words = 1;
    int limit = Math.min(s.length() - 2, from + HeadingLines.MAX_CHARS);
    for (int j = from; j < limit; j++) {
      char c = s.charAt(j);
      if (c == ':') {
        // "**Company:** ABHI IT SYSTEMS INC" is a label and its value on a line of their own
        return s.startsWith("**", j + 1) && j + 3 < s.length() && s.charAt(j + 3) != ' ' ? j + 3 : -1;
      }
      if (c == '*' || c == '.' || c == '\n' || c == ' ' && ++words > MAX_WORDS) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * The colon ending a short label that starts at {@code i}, or -1. A label with a glue inside
   * ("DeliverBase Salary:") is not one: the glue is where the heading starts.
   */
  static int colon(String s, int i) {
    int words = 1;
    // a label may close the line: "...the glue for our organization. Roles and Responsibilities:"
    int limit = Math.min(s.length(), i + 80);
    for (int j = i; j < limit; j++) {
      char c = s.charAt(j);
      if (j > i && Character.isUpperCase(c) && Character.isLowerCase(s.charAt(j - 1))) {
        return -1;
      }
      if (c == ':') {
        return j > i && (j + 1 == s.length() || s.charAt(j + 1) != '/') ? j : -1;
      }
      if (c == ' ' && ++words > MAX_WORDS) {
        return -1;
      }
      if (c == '.' || c == ';' || c == '!' || c == '?') {
        return -1;
      }
    }
    return -1;
  }
}
