package io.github.jobnorm.normalize;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a line holding a whole list, its newlines lost, into a lead-in line and one line per item:
 * {@code "The successful candidate will meet the following qualifications: • A Bachelor's degree is
 * required. • PE or EIT is desirable."} becomes the lead-in {@code "The successful candidate will
 * meet the following qualifications:"} and the items {@code "• A Bachelor's degree is required."}
 * and {@code "• PE or EIT is desirable."}, which the block reader then reads as it reads heading,
 * paragraph and item lines.
 *
 * <p>The rule:
 *
 * <ul>
 *   <li>A separator is a bullet glyph ({@code • · ● ▪ ◦ ○ ■ ➢ ► ▶ ✓ ✔ ◆ ♦ ➤ ‣ ∙ ▫ □ ◇ ⁃}, {@link
 *       Bullets#isSeparator}) followed by a space, glued to the text before it ({@code "quota●
 *       Strive"}) or not. Dashes, asterisks and the arrow {@code →} never separate: they occur in
 *       prose ({@code "full-time – remote"}, {@code "inquiry → application → billing"}). A marker
 *       opening the line is the line's own marker, not a separator.
 *   <li>A line is cut only when it holds two separators or more: {@code "Strong knowledge of Python
 *       · SQL"} is kept whole, and so is a label with its one item ({@code "Schedule:• Monday to
 *       Friday"}), which the glued-heading rules read. All glyphs count alike: in the shared corpus
 *       a middle dot between words of a bulleted line does not occur, only doubled markers ({@code
 *       "• · REST APIs"}), whose empty item is dropped.
 *   <li>A line whose separators are all middle dots ({@code ·}) spaced on both sides, between terms
 *       of at most {@value #MAX_TERM_WORDS} words each, is a run of terms and is kept whole: the
 *       header lines {@code "Ramat Gan, Israel · Full-time · Senior"} of Glassdoor exports, {@code
 *       "Python · SQL · AWS"}. Bullets ({@code "Guest awareness • Confidence • Resourcefulness"}) and
 *       middle dots glued to the text before them are a list whatever the length of the items.
 *   <li>The text before the first separator is the lead-in, a line of its own: a heading when the
 *       heading rules take it ({@code "Required Experience:"}), a paragraph otherwise.
 *   <li>A heading of a known kind ({@link HeadingPhrases}) that closes the lead-in or an item, after
 *       its last sentence, is a line of its own that heads the items after it, when it is shaped as
 *       a heading: a "Label:" ({@code "...open new business. Required Experience: · Minimum of 5-8
 *       years..."}), a line in capitals ({@code "...about the child. QUALIFICATIONS • ..."}), or a
 *       short Title Case line glued to the next separator ({@code "...changing
 *       priorities.PHYSICAL REQUIREMENTS· Lift..."}); it fits a heading ({@value
 *       HeadingLines#MAX_WORDS} words at most). A label of no known kind ({@code "...influencing
 *       skills. You will need to be: • Confident..."}) stays with its text: as a heading of its own
 *       it would take its items out from under the heading they belong to.
 * </ul>
 *
 * <p>The block reader cuts each line so, HTML paragraphs and items as text lines, after it has cut
 * the headings glued into the whole line ({@link FusedHeadings}, whose rules for flattened lines
 * need the line's full length); the pieces are then the lines that the plain-text description
 * writes, so that reading it again finds the same sections. One pass over the line, and a look
 * back of at most a heading's length from the end of each piece for a label.
 */
final class InlineBullets {
  private static final char MIDDLE_DOT = '·';
  /** The most words of each term of a run of terms ("Python · SQL", "Start date: May 2026"). */
  static final int MAX_TERM_WORDS = 4;

  private static final HeadingPhrases PHRASES = HeadingPhrases.get();

  private InlineBullets() {}

  /** Whether the line holds a list: two separators or more, and not a run of short terms. */
  static boolean holdsList(String line) {
    // most lines hold no separator or one: their count is known without a list
    int first = nextSeparator(line, Bullets.markerLength(line));
    if (first < 0 || nextSeparator(line, first + 1) < 0) {
      return false;
    }
    return !isRunOfTerms(line, separators(line));
  }

  /**
   * Part of a line that {@link #holdsList holds a list} cut at each of its separators: the lead-in
   * (when there is one), then the items, each opening with the glyph that separated it ({@code "•
   * PE or EIT is desirable."}) and followed by its closing label if it has one. Text without a
   * separator comes back whole.
   */
  static List<String> split(String text) {
    List<Integer> seps = separators(text);
    if (seps.isEmpty()) {
      return List.of(text);
    }
    List<String> out = new ArrayList<>(2 * seps.size() + 2);
    add(out, "", text.substring(0, seps.get(0)).strip(), isGlued(text, seps.get(0)));
    for (int k = 0; k < seps.size(); k++) {
      int at = seps.get(k);
      boolean last = k + 1 == seps.size();
      int end = last ? text.length() : seps.get(k + 1);
      add(out, text.charAt(at) + " ", text.substring(at + 1, end).strip(), !last && isGlued(text, end));
    }
    return out;
  }

  /** Whether the separator at {@code at} is glued to the text before it ("Credentials· 10+ years"). */
  private static boolean isGlued(String text, int at) {
    return at > 0 && text.charAt(at - 1) != ' ';
  }

  /**
   * Adds a piece, a label closing it as a piece of its own; blank pieces ("• · item") are dropped.
   * {@code glued}: the next separator is glued to the piece, so a newline was lost right there.
   */
  private static void add(List<String> out, String marker, String text, boolean glued) {
    if (text.isEmpty()) {
      return;
    }
    int label = labelStart(text, glued);
    String body = label < 0 ? text : text.substring(0, label).strip();
    if (!body.isEmpty()) {
      out.add(marker + body);
    }
    if (label >= 0) {
      out.add(text.substring(label));
    }
  }

  /**
   * Where a label closing the text starts, or -1: after the last sentence end, a heading of a
   * known kind that fits a heading and is shaped as one, a "Label:", a line in capitals, or a
   * short Title Case line glued to the next separator ("...supplies.Non-essential Job Functions•
   * Communicate...").
   */
  private static int labelStart(String text, boolean glued) {
    int n = text.length();
    char last = text.charAt(n - 1);
    if (last != ':' && !Character.isLetter(last)) {
      return -1;
    }
    // a label is at most a heading long: look back no further
    int from = Math.max(1, n - HeadingLines.MAX_CHARS);
    for (int i = n - 2; i >= from; i--) {
      if (".!?".indexOf(text.charAt(i)) < 0) {
        continue;
      }
      // the last stop decides: the label starts right after it, or there is none
      int start = text.charAt(i + 1) == ' ' ? i + 2 : i + 1;
      if (start >= n || !Character.isUpperCase(text.charAt(start)) || !endsAWord(text, i)) {
        return -1;
      }
      String label = text.substring(start);
      if (!HeadingLines.fits(HeadingLines.text(label))) {
        return -1;
      }
      // a label of no known kind stays: "...skills. You will need to be: • ..." goes on under its
      // heading, and a heading of its own would leave its items to their wording alone
      boolean shaped = last == ':' || HeadingLines.isAllCaps(label)
          || (glued && HeadingLines.isShortTitle(label));
      return shaped && PHRASES.classify(label) != null ? start : -1;
    }
    return -1;
  }

  /**
   * Whether the stop at {@code i} ends a sentence: it follows a word of two letters or more, a
   * digit or a bracket, and not an abbreviation's ("e.g.", "U.S.").
   */
  private static boolean endsAWord(String s, int i) {
    char p = s.charAt(i - 1);
    if (Character.isDigit(p) || p == ')') {
      return true;
    }
    int j = i - 1;
    while (j >= 0 && Character.isLetter(s.charAt(j))) {
      j--;
    }
    return i - 1 - j >= 2 && (j < 0 || s.charAt(j) != '.');
  }

  /** The separators of the line, the line's own opening marker left out. */
  private static List<Integer> separators(String line) {
    List<Integer> out = new ArrayList<>();
    for (int i = nextSeparator(line, Bullets.markerLength(line)); i >= 0; i = nextSeparator(line, i + 1)) {
      out.add(i);
    }
    return out;
  }

  /** The first separator at or after {@code from}, or -1. */
  private static int nextSeparator(String line, int from) {
    int n = line.length();
    for (int i = from; i + 1 < n; i++) {
      if (Bullets.isSeparator(line.charAt(i)) && line.charAt(i + 1) == ' ') {
        return i;
      }
    }
    return -1;
  }

  /** Whether every separator is a spaced middle dot between terms of a few words each. */
  private static boolean isRunOfTerms(String line, List<Integer> seps) {
    int from = 0;
    for (int k = 0; k <= seps.size(); k++) {
      int at = k < seps.size() ? seps.get(k) : line.length();
      if (k < seps.size() && (line.charAt(at) != MIDDLE_DOT || at == 0 || line.charAt(at - 1) != ' ')) {
        return false;
      }
      if (HeadingLines.words(line.substring(from, at)) > MAX_TERM_WORDS) {
        return false;
      }
      from = at + 1;
    }
    return true;
  }
}
