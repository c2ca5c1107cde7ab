package io.github.jobnorm.normalize;

/** List markers: bullet glyphs ({@code - * • · –} and kin) and numbers ({@code 1.}, {@code 1)}). */
final class Bullets {
  private Bullets() {}

  private static final String GLYPHS = "-*•·–—▪▫●◦○■□➢►▶✓✔◆◇♦→➤⁃∙‣";

  /** Bullet glyphs that prose writes too: dashes, the asterisk, the arrow. */
  private static final String PROSE_GLYPHS = "-*–—→";
  /** The separators, and the lowest and highest of them: most characters of a line are outside. */
  private static final String SEPARATORS = separators();
  private static final char LOWEST_SEPARATOR = (char) SEPARATORS.chars().min().orElseThrow();
  private static final char HIGHEST_SEPARATOR = (char) SEPARATORS.chars().max().orElseThrow();

  static boolean isGlyph(char c) {
    return GLYPHS.indexOf(c) >= 0;
  }

  /**
   * Whether a bullet glyph inside a line separates what is before it from a list item after it
   * ({@code "quota● Strive"}, {@code "Responsibilities· Administrative duties"}): every glyph but
   * those prose writes ({@code "full-time – remote"}, {@code "inquiry → application"}). The one
   * rule of the inline lists, the glued headings and the headings written back ({@link
   * #endsGluedHeading}), so that what one writes the others read the same.
   */
  static boolean isSeparator(char c) {
    // the inline-list scan asks this of every character: one compare for ASCII text
    return c >= LOWEST_SEPARATOR && c <= HIGHEST_SEPARATOR && SEPARATORS.indexOf(c) >= 0;
  }

  private static String separators() {
    StringBuilder out = new StringBuilder();
    for (char c : GLYPHS.toCharArray()) {
      if (PROSE_GLYPHS.indexOf(c) < 0) {
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * Whether a glyph glued to the end of a heading phrase ends the heading ({@link FusedHeadings}),
   * so that a heading holding one glued is written back with its colon ({@link HeadingLines}): a
   * separator, or an asterisk, a bullet there whose newline was lost ({@code "Key Qualifications*
   * Minimum of 7 years"}, {@code "Benefits*CSR's looking to grow"} in the Kaggle postings), which
   * inside a line is prose ({@code "**Bold**"}, a footnote).
   */
  static boolean endsGluedHeading(char c) {
    return c == '*' || isSeparator(c);
  }

  /** The length of the list marker opening a line, spaces after it included, or 0 when there is none. */
  static int markerLength(String line) {
    return markerLength(line, 0);
  }

  /** As {@link #markerLength(String)}, for the text of {@code line} from {@code from} on. */
  private static int markerLength(String line, int from) {
    int n = line.length();
    if (from >= n) {
      return 0;
    }
    char c = line.charAt(from);
    if (isGlyph(c)) {
      if (from + 1 == n) {
        return 1;
      }
      // "**Bold**" and "--" rules are not bullets; a glyph needs a space after it ("-Item" is kept
      // for glyphs that are never word characters)
      char next = line.charAt(from + 1);
      if (next == ' ') {
        return skipSpaces(line, from + 1) - from;
      }
      return (c == '-' || c == '*') ? 0 : skipSpaces(line, from + 1) - from;
    }
    int i = from;
    while (i < n && i - from < 3 && Character.isDigit(line.charAt(i))) {
      i++;
    }
    if (i > from && i < n - 1 && (line.charAt(i) == '.' || line.charAt(i) == ')') && line.charAt(i + 1) == ' ') {
      return skipSpaces(line, i + 1) - from;
    }
    return 0;
  }

  /**
   * Whether a lettered item's marker starts at {@code at}: "a. Collaborate", "b) Develop", a capital
   * after it, so that "e. coli" stays prose. It is no line marker: the letter is a word of the
   * text, which a section keeps; the entries read from the text pass over it.
   */
  static boolean isLetterMarker(String s, int at) {
    return at + 3 < s.length() && Character.isLowerCase(s.charAt(at))
        && (s.charAt(at + 1) == '.' || s.charAt(at + 1) == ')') && s.charAt(at + 2) == ' '
        && Character.isUpperCase(s.charAt(at + 3));
  }

  /** The text without a leading list marker, stripped. */
  static String strip(String line) {
    int from = 0;
    int m;
    // "- • item": markers can be doubled by a copy from HTML; the markers are skipped by index, as
    // a substring per marker made a long run of glyphs quadratic
    while ((m = markerLength(line, from)) > 0) {
      from += m;
    }
    return line.substring(from).strip();
  }

  private static int skipSpaces(String s, int i) {
    while (i < s.length() && s.charAt(i) == ' ') {
      i++;
    }
    return i;
  }
}
