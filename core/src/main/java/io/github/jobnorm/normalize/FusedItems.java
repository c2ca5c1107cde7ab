package io.github.jobnorm.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Splits a run of list items whose newlines were lost: {@code "...law schoolLicensed to practice"},
 * {@code "...Strategy.Assist in..."}, {@code "(LPCC)Clinical..."}, {@code "...protection;Formulating"},
 * {@code "Agents- Track tasks"}. A cut is made before a capital letter glued, without a space, to an
 * all-lower-case word of three letters or more, or to {@code . ; ) !}; brand names such as
 * "JavaScript" or "iPhone" are left whole because their first part is capitalized or short.
 */
final class FusedItems {
  /** Besides the bullet glyphs that separate items ({@link Bullets#isSeparator}), a section sign. */
  private static final char SECTION_SIGN = '§';

  private FusedItems() {}

  static List<String> split(String text) {
    List<String> out = new ArrayList<>();
    int n = text.length();
    int start = 0;
    int runStart = 0; // first index of the letter run that ends at i-1
    boolean runHasCapital = false;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      boolean prevLetter = i > 0 && Character.isLetter(text.charAt(i - 1));
      boolean dashAfterStop = (c == '–' || c == '—') && i > 0 && ".;)".indexOf(text.charAt(i - 1)) >= 0;
      if (Bullets.isSeparator(c) || c == SECTION_SIGN || dashAfterStop) {
        // "...the role:· Operate forklift.· Comply with...": a bullet glyph inside the text
        add(out, text.substring(start, i));
        start = i + 1;
        continue;
      }
      if (i > start && isCapitalWordStart(text, i) && cutsBefore(text, i, prevLetter && !runHasCapital && i - runStart >= 3)) {
        add(out, text.substring(start, i));
        start = i;
        prevLetter = false;
      }
      if (Character.isLetter(c)) {
        if (!prevLetter) {
          runStart = i;
          runHasCapital = false;
        }
        runHasCapital |= Character.isUpperCase(c);
      }
    }
    add(out, text.substring(start));
    return out;
  }

  /**
   * Splits prose into sentences at {@code ". "}, {@code "; "} or {@code "! "} before a capital, when
   * the word before the stop has three letters or more (so "e.g. Python" and "Dr. Smith" stay whole).
   */
  static List<String> sentences(String text) {
    List<String> out = new ArrayList<>();
    int start = 0;
    int n = text.length();
    for (int i = 1; i + 2 < n; i++) {
      char c = text.charAt(i);
      if ((c == '.' || c == ';' || c == '!') && text.charAt(i + 1) == ' '
          && Character.isUpperCase(text.charAt(i + 2)) && letterRunBefore(text, i) >= 3) {
        add(out, text.substring(start, i + 1));
        start = i + 2;
      }
    }
    add(out, text.substring(start));
    return out;
  }

  /**
   * Cuts before a capitalized word that opens an item ({@code startsItem}) when the text before it
   * ends a word without punctuation: duties whose separators were lost entirely.
   */
  static List<String> splitBefore(String text, Predicate<String> startsItem) {
    List<String> out = new ArrayList<>();
    int start = 0;
    int lastSpace = text.lastIndexOf(' ');
    for (int i = 2; i + 1 < text.length(); i++) {
      if (text.charAt(i - 1) == ' ' && isCapitalWordStart(text, i)) {
        char before = text.charAt(i - 2);
        // an item of one word is a word of the item cut wrongly: "Requires | Bachelor's degree",
        // "...the Strategic Business | Plan."
        boolean wordsEachSide = text.lastIndexOf(' ', i - 2) >= start && i < lastSpace;
        if ((Character.isLowerCase(before) || Character.isDigit(before) || before == ')') && wordsEachSide
            && startsItem.test(text.substring(i, Math.min(text.length(), i + 30)))) {
          add(out, text.substring(start, i));
          start = i;
        }
      }
    }
    add(out, text.substring(start));
    return out;
  }

  private static int letterRunBefore(String s, int i) {
    int j = i - 1;
    while (j >= 0 && i - j <= 3 && Character.isLetter(s.charAt(j))) {
      j--;
    }
    return i - 1 - j;
  }

  private static boolean cutsBefore(String text, int i, boolean afterLowerWord) {
    char p = text.charAt(i - 1);
    if (afterLowerWord) {
      return true;
    }
    if (p == ';' || p == ')' || p == '!') {
      return i >= 2 && text.charAt(i - 2) != ' ';
    }
    if (p == '.') {
      return i >= 3 && Character.isLowerCase(text.charAt(i - 2)) && Character.isLetter(text.charAt(i - 3));
    }
    if (p == '-' && i >= 2) {
      // "...responsibilities)-Take inputs", "...carefully.-Utilize": a dash bullet lost its line
      return ".;:) ".indexOf(text.charAt(i - 2)) >= 0;
    }
    return p == ' ' && i >= 3 && text.charAt(i - 2) == '-' && text.charAt(i - 3) != ' ';
  }

  private static boolean isCapitalWordStart(String s, int i) {
    return Character.isUpperCase(s.charAt(i)) && i + 1 < s.length() && Character.isLowerCase(s.charAt(i + 1));
  }

  private static void add(List<String> out, String piece) {
    String t = piece.strip();
    // a glued "- " bullet leaves its dash on the previous piece
    if (t.endsWith("-")) {
      t = t.substring(0, t.length() - 1).strip();
    }
    t = Bullets.strip(t);
    if (!t.isEmpty()) {
      out.add(t);
    }
  }
}
