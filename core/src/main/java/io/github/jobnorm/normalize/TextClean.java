package io.github.jobnorm.normalize;

/** Character clean-up shared by the description readers: invisible characters and whitespace. */
final class TextClean {
  private TextClean() {}

  /**
   * Removes zero-width and soft-hyphen characters, turns every kind of space into a plain space and
   * collapses runs of spaces; newlines are kept.
   */
  static String clean(CharSequence s) {
    StringBuilder out = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (isInvisible(c)) {
        continue;
      }
      if (c == '\r') {
        // CRLF and lone CR both end a line.
        if (i + 1 < s.length() && s.charAt(i + 1) == '\n') {
          continue;
        }
        c = '\n';
      }
      if (c == '\n') {
        trimTrailingSpace(out);
        out.append('\n');
        space = false;
        continue;
      }
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        space = true;
        continue;
      }
      if (space && out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
        out.append(' ');
      }
      space = false;
      out.append(c);
    }
    trimTrailingSpace(out);
    return out.toString();
  }

  /**
   * As {@link #clean}, with every line break a space too: the words separated by single spaces,
   * no space at either end. One pass, no regular expression: it runs on every HTML text node.
   */
  static String oneLine(CharSequence s) {
    StringBuilder out = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (isInvisible(c)) {
        continue;
      }
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        space = true;
        continue;
      }
      if (space && out.length() > 0) {
        out.append(' ');
      }
      space = false;
      out.append(c);
    }
    return out.toString();
  }

  static boolean isInvisible(char c) {
    return c == '\u00AD' || c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060'
        || c == '\uFEFF';
  }

  private static void trimTrailingSpace(StringBuilder out) {
    int n = out.length();
    while (n > 0 && out.charAt(n - 1) == ' ') {
      n--;
    }
    out.setLength(n);
  }
}
