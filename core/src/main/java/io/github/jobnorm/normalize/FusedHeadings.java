package io.github.jobnorm.normalize;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds headings glued into running text whose newlines were lost on export: {@code
 * "...collaboration.Who you are:You must..."}, {@code "Job descriptionA leading firm..."}. A known
 * heading phrase starts a section when it begins a line or follows a sentence end, and is followed
 * by a colon or, glued, by a capital letter. One pass over the text, a few phrase probes per
 * capital letter.
 */
final class FusedHeadings {
  /** A phrase glued to the next word without a colon must be this long ("Job description"). */
  private static final int MIN_GLUED_PHRASE = 8;
  /** An unknown "Label:Text" heading at a line start has at most this many words. */
  private static final int MAX_LABEL_WORDS = 6;

  private final HeadingPhrases phrases;

  FusedHeadings(HeadingPhrases phrases) {
    this.phrases = phrases;
  }

  /** The line cut into text and heading pieces, in order; a line without glued headings is one piece. */
  List<Block> split(String line) {
    List<Block> out = new ArrayList<>();
    int n = line.length();
    int textStart = 0;
    int i = 0;
    while (i < n) {
      int end = headingEnd(line, i);
      if (end < 0) {
        i++;
        continue;
      }
      int headingEnd = end;
      int next = end;
      while (next < n && (line.charAt(next) == ' ' || line.charAt(next) == ':')) {
        next++;
      }
      String before = line.substring(textStart, i).strip();
      if (!before.isEmpty()) {
        out.add(Block.paragraph(before));
      }
      out.add(Block.heading(line.substring(i, headingEnd).strip()));
      textStart = next;
      i = Math.max(next, i + 1);
    }
    if (out.isEmpty()) {
      out.add(Block.paragraph(line));
      return out;
    }
    String rest = line.substring(Math.min(textStart, n)).strip();
    if (!rest.isEmpty()) {
      out.add(Block.paragraph(rest));
    }
    return out;
  }

  /** The end of a heading starting at {@code i}, or -1 when none starts there. */
  private int headingEnd(String s, int i) {
    char c = s.charAt(i);
    if (!Character.isUpperCase(c)) {
      return -1;
    }
    boolean lineStart = i == 0;
    boolean glued = false;
    if (!lineStart) {
      char p = s.charAt(i - 1);
      if (Character.isLowerCase(p) || Character.isDigit(p) || p == '.' || p == '!' || p == '?' || p == ')') {
        glued = true;
      } else if (p == ' ') {
        // after a full sentence and a space: only with a colon after the phrase
        if (i < 2 || ".!?".indexOf(s.charAt(i - 2)) < 0) {
          return -1;
        }
      } else {
        return -1;
      }
    }
    HeadingPhrases.Phrase p = phrases.phraseAt(s, i);
    if (p != null) {
      int end = i + p.phrase().length();
      if (colonAfter(s, end)) {
        return end;
      }
      boolean gluedRight = end < s.length() && Character.isUpperCase(s.charAt(end));
      boolean atEnd = end == s.length();
      if ((lineStart || glued) && (gluedRight || (atEnd && glued)) && p.phrase().length() >= MIN_GLUED_PHRASE) {
        return end;
      }
    }
    return lineStart ? labelEnd(s) : -1;
  }

  private static boolean colonAfter(String s, int end) {
    int j = end;
    if (j < s.length() && s.charAt(j) == ' ') {
      j++;
    }
    return j < s.length() && s.charAt(j) == ':' && (j + 1 == s.length() || s.charAt(j + 1) != '/');
  }

  /** "Position Requirement Possibilities:A graduate...": a short label glued to its text by a colon. */
  private static int labelEnd(String s) {
    int words = 1;
    int limit = Math.min(s.length() - 1, 80);
    for (int j = 0; j < limit; j++) {
      char c = s.charAt(j);
      if (c == ':') {
        return j > 0 && Character.isUpperCase(s.charAt(j + 1)) ? j : -1;
      }
      if (c == ' ' && ++words > MAX_LABEL_WORDS) {
        return -1;
      }
      if (c == '.' || c == ',' || c == ';' || c == '!' || c == '?') {
        return -1;
      }
    }
    return -1;
  }
}
