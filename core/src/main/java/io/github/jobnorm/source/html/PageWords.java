package io.github.jobnorm.source.html;

import io.github.jobnorm.internal.RuleLines;
import java.util.List;
import java.util.Locale;

/**
 * The word lists that tell a posting from other pages ({@code posting-words.txt}) and a block
 * page from a real one ({@code blocked-pages.txt}). Matching is a case-insensitive substring
 * search, linear in the text; only the first {@link #SCAN_LIMIT} characters are looked at.
 */
final class PageWords {
  /** Enough text to tell a posting; a longer page is judged by its beginning. */
  static final int SCAN_LIMIT = 200_000;

  private static final List<String[]> POSTING =
      RuleLines.read(PageWords.class, "posting-words.txt", 2);
  private static final List<String[]> BLOCKED =
      RuleLines.read(PageWords.class, "blocked-pages.txt", 2);

  private PageWords() {}

  /** How many different posting words occur in the text. */
  static int postingWords(String text) {
    String t = lower(text);
    int n = 0;
    for (String[] row : POSTING) {
      if (t.contains(row[0])) {
        n++;
      }
    }
    return n;
  }

  /** The first block-page phrase in the text, or null. */
  static String blockedPhrase(String text) {
    String t = lower(text);
    for (String[] row : BLOCKED) {
      if (t.contains(row[0])) {
        return row[0];
      }
    }
    return null;
  }

  /** The (word, example) rows of both files, for tests. */
  static List<String[]> postingRows() {
    return POSTING;
  }

  static List<String[]> blockedRows() {
    return BLOCKED;
  }

  private static String lower(String text) {
    String t = text == null ? "" : text;
    return (t.length() > SCAN_LIMIT ? t.substring(0, SCAN_LIMIT) : t).toLowerCase(Locale.ROOT);
  }
}
