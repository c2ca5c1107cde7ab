package io.github.jobnorm.normalize;

/** List markers: bullet glyphs ({@code - * • · –} and kin) and numbers ({@code 1.}, {@code 1)}). */
final class Bullets {
  private Bullets() {}

  private static final String GLYPHS = "-*•·–—▪▫●◦○■□➢►▶✓✔◆◇♦→➤⁃∙‣";

  static boolean isGlyph(char c) {
    return GLYPHS.indexOf(c) >= 0;
  }

  /** The length of the list marker opening a line, spaces after it included, or 0 when there is none. */
  static int markerLength(String line) {
    int n = line.length();
    if (n == 0) {
      return 0;
    }
    char c = line.charAt(0);
    if (isGlyph(c)) {
      if (n == 1) {
        return 1;
      }
      // "**Bold**" and "--" rules are not bullets; a glyph needs a space after it ("-Item" is kept
      // for glyphs that are never word characters)
      char next = line.charAt(1);
      if (next == ' ') {
        return skipSpaces(line, 1);
      }
      return (c == '-' || c == '*') ? 0 : skipSpaces(line, 1);
    }
    int i = 0;
    while (i < n && i < 3 && Character.isDigit(line.charAt(i))) {
      i++;
    }
    if (i > 0 && i < n - 1 && (line.charAt(i) == '.' || line.charAt(i) == ')') && line.charAt(i + 1) == ' ') {
      return skipSpaces(line, i + 1);
    }
    return 0;
  }

  /** The text without a leading list marker. */
  static String strip(String line) {
    String s = line;
    int m;
    // "- • item": markers can be doubled by a copy from HTML
    while ((m = markerLength(s)) > 0) {
      s = s.substring(m);
    }
    return s.strip();
  }

  private static int skipSpaces(String s, int i) {
    while (i < s.length() && s.charAt(i) == ' ') {
      i++;
    }
    return i;
  }
}
