package io.github.jobnorm.normalize;

import java.util.List;

/**
 * Decides when a line of text is a heading, and writes headings back so that the same rule reads
 * them again (which keeps the plain-text description idempotent).
 */
final class HeadingLines {
  /** The longest heading, in words and characters; longer "headings" are paragraphs. */
  static final int MAX_WORDS = 12;
  static final int MAX_CHARS = 100;
  private static final int MAX_TITLE_WORDS = 6;
  private static final int MAX_TITLE_CHARS = 60;
  /** Lower-case words that join the capitalized words of a heading: "What You Bring to the Role". */
  private static final List<String> JOINING_WORDS = List.of("to", "the", "and", "of", "for", "a", "in");

  private final HeadingPhrases phrases;

  HeadingLines(HeadingPhrases phrases) {
    this.phrases = phrases;
  }

  /** Whether heading text marked by markup (h1-h6, #, bold) is short enough to be a heading. */
  static boolean fits(String text) {
    return text.length() + 1 <= MAX_CHARS && words(text) <= MAX_WORDS;
  }

  /**
   * Whether a line standing alone is a heading: "Label:", an ALL-CAPS line, a known heading phrase,
   * or a short Title Case line without sentence punctuation.
   */
  boolean isHeading(String t) {
    if (t.isEmpty() || t.length() > MAX_CHARS) {
      return false;
    }
    int words = words(t);
    if (words > MAX_WORDS) {
      return false;
    }
    char last = t.charAt(t.length() - 1);
    if (last == ':' || t.endsWith(":-")) {
      // "Role Expectations:-" opens its list as "Role Expectations:" does
      return t.length() > 1 && Bullets.markerLength(t) == 0 && hasLetterOrDigit(t);
    }
    // A question is a heading when known ("Who are we?") or short Title Case ("Why Join PaperCut?");
    // a question in prose ("Ready to lead with your expertise?") is not.
    if (".!,;".indexOf(last) >= 0 || (last == '?' && !phrases.isKnown(t) && !isShortTitle(words, t))) {
      return false;
    }
    if (isAllCaps(t)) {
      return true;
    }
    if (words <= 8 && !Character.isLowerCase(firstVisible(t))
        && (phrases.isKnown(t) || SectionAssembler.LIST_KINDS.contains(phrases.openingKind(t)))) {
      // "Responsibilities (tasks associated with the role)", "Benefits for this position"
      return true;
    }
    if (words <= MAX_TITLE_WORDS + 2 && t.length() <= MAX_TITLE_CHARS && t.indexOf(',') > 0
        && isTitleCase(t.replace(",", "")) && SectionAssembler.LIST_KINDS.contains(phrases.classify(t))) {
      // "Desired Education, Knowledge, And Skills": commas list what a list heading covers,
      // where "Houston, Texas" names no kind
      return true;
    }
    // "Doctorate (Required)": the value of a label in the form job boards print qualifications
    // in ("Education:Doctorate (Required)"), not a heading of its own
    return isShortTitle(words, t) && !ContentCues.isMarkedQualification(t);
  }

  private static boolean isShortTitle(int words, String t) {
    return words <= MAX_TITLE_WORDS && t.length() <= MAX_TITLE_CHARS && isTitleCase(t);
  }

  /** Whether the text is a short Title Case line: six words and 60 characters at most, no digit or comma. */
  static boolean isShortTitle(String t) {
    return !t.isEmpty() && isShortTitle(words(t), t);
  }

  /**
   * Where a heading that runs on in Title Case after its known phrase is glued to its text, or -1:
   * from {@code from}, the end of the phrase, the words "/How You Will Be Successful" of
   * "Qualifications/How You Will Be SuccessfulMinimum of 1 year", " to the Role" of "What You
   * Bring to the RoleRecommended". Each word is capitalized or joins ("to", "the", "and"); the
   * glue, a lower-case letter run into a capital, ends the heading within {@value #MAX_TITLE_CHARS}
   * characters.
   */
  static int gluedTitleEnd(String s, int from) {
    int limit = Math.min(s.length(), from + MAX_TITLE_CHARS);
    int wordStart = -1;
    for (int k = from; k < limit; k++) {
      char c = s.charAt(k);
      if (c == ' ' || c == '/' || c == '&') {
        wordStart = -1;
        continue;
      }
      if (!Character.isLetter(c)) {
        return -1;
      }
      if (wordStart < 0) {
        wordStart = k;
        if (!Character.isUpperCase(c) && !startsJoiningWord(s, k)) {
          return -1;
        }
      } else if (Character.isUpperCase(c) && Character.isLowerCase(s.charAt(k - 1))
          && Character.isUpperCase(s.charAt(wordStart))) {
        return k;
      }
    }
    return -1;
  }

  private static boolean startsJoiningWord(String s, int k) {
    for (String w : JOINING_WORDS) {
      if (s.startsWith(w, k) && k + w.length() < s.length() && s.charAt(k + w.length()) == ' ') {
        return true;
      }
    }
    return false;
  }

  /** A heading as a line that {@link #isHeading} reads back as the same heading. */
  String render(String heading) {
    // "Job Responsibilities• Main Work": without its colon the glued-heading rules would cut the
    // line at the glyph when it is read again
    return isHeading(heading) && !holdsGluedGlyph(heading) ? heading : heading + ":";
  }

  /**
   * Whether a glyph that ends a glued heading is glued to a letter, digit or bracket, as the end
   * of a heading phrase is where the glued-heading rules ({@link FusedHeadings}) cut a line at
   * one: "Sales – East" and "About **Acme" are no place to cut and keep their form.
   */
  private static boolean holdsGluedGlyph(String t) {
    for (int i = 1; i < t.length(); i++) {
      char p = t.charAt(i - 1);
      if (Bullets.endsGluedHeading(t.charAt(i)) && (Character.isLetterOrDigit(p) || p == ')')) {
        return true;
      }
    }
    return false;
  }

  /** The heading text of a heading line: without a trailing colon. */
  static String text(String line) {
    String t = line.strip();
    int from = 0;
    int to = t.length();
    // trailing colons and leftover markdown emphasis ("***Title***", "*Note*:")
    while (to > from && (t.charAt(to - 1) == ':' || t.charAt(to - 1) == '*' || t.charAt(to - 1) == '_'
        || t.charAt(to - 1) == ' ' || t.charAt(to - 1) == '-' && to >= 2 && t.charAt(to - 2) == ':')) {
      to--;
    }
    while (from < to && (t.charAt(from) == '*' || t.charAt(from) == '_' || t.charAt(from) == ' ')) {
      from++;
    }
    return t.substring(from, to);
  }

  /** Whether a line is written in capitals: no lower-case letter, three letters or more. */
  static boolean isAllCaps(String t) {
    int letters = 0;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (Character.isLowerCase(c)) {
        return false;
      }
      if (Character.isLetter(c)) {
        letters++;
      }
    }
    return letters >= 3;
  }

  private static boolean isTitleCase(String t) {
    if (!Character.isUpperCase(t.charAt(0))) {
      return false;
    }
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c == ',' || c == '@' || Character.isDigit(c) || (c == ':' && i + 1 < t.length())) {
        return false;
      }
    }
    for (String w : t.split(" ")) {
      if (w.length() >= 4 && Character.isLowerCase(w.charAt(0))) {
        return false;
      }
    }
    return !t.contains("http") && !t.contains("www.");
  }

  private static boolean hasLetterOrDigit(String t) {
    for (int i = 0; i < t.length(); i++) {
      if (Character.isLetterOrDigit(t.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static char firstVisible(String t) {
    for (int i = 0; i < t.length(); i++) {
      if (!Character.isWhitespace(t.charAt(i))) {
        return t.charAt(i);
      }
    }
    return ' ';
  }

  static int words(String t) {
    int words = 0;
    boolean in = false;
    for (int i = 0; i < t.length(); i++) {
      boolean space = t.charAt(i) == ' ';
      if (!space && !in) {
        words++;
      }
      in = !space;
    }
    return words;
  }
}
