package io.github.jobnorm.store;

import io.github.jobnorm.internal.RuleLines;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The folded forms of company names and job titles that duplicate detection compares: lower case
 * without accents, punctuation as spaces, legal forms dropped from the end of company names
 * ({@code company-suffixes.tsv}) and abbreviations written out in titles ({@code
 * title-words.tsv}).
 */
public final class JobKeys {
  private static final Set<String> SUFFIXES = new HashSet<>();
  private static final Map<String, String> TITLE_WORDS = new HashMap<>();

  static {
    for (String[] row : RuleLines.read(JobKeys.class, "company-suffixes.tsv", 2)) {
      SUFFIXES.add(row[0]);
    }
    for (String[] row : RuleLines.read(JobKeys.class, "title-words.tsv", 3)) {
      TITLE_WORDS.put(row[0], row[1]);
    }
  }

  private JobKeys() {}

  /**
   * A company's key: "Northwind Labs, Inc." and "NORTHWIND LABS" give {@code northwind labs};
   * "&amp;" reads as "and". Null when nothing is left.
   */
  public static String company(String name) {
    if (name == null) {
      return null;
    }
    String[] words = fold(name.replace("&", " and ")).split(" ");
    int end = words.length;
    while (end > 1 && SUFFIXES.contains(words[end - 1])) {
      end--;
    }
    String key = String.join(" ", List.of(words).subList(0, end)).strip();
    return key.isEmpty() ? null : key;
  }

  /** A title's key: "Sr. Data Engineer (m/f/d)" gives {@code senior data engineer m f d}. */
  public static String title(String title) {
    if (title == null) {
      return null;
    }
    StringBuilder b = new StringBuilder();
    for (String w : fold(title).split(" ")) {
      if (!w.isEmpty()) {
        b.append(b.length() == 0 ? "" : " ").append(TITLE_WORDS.getOrDefault(w, w));
      }
    }
    return b.length() == 0 ? null : b.toString();
  }

  /**
   * Lower case without accents; every run of other characters than letters and digits is one
   * space; apostrophes and dots vanish so that "S.A." and "SA" meet.
   */
  static String fold(String text) {
    String s = Normalizer.normalize(text, Normalizer.Form.NFKD).toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder(s.length());
    boolean gap = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.getType(c) == Character.NON_SPACING_MARK) {
        continue;
      }
      if (Character.isLetterOrDigit(c)) {
        if (gap && out.length() > 0) {
          out.append(' ');
        }
        out.append(c);
        gap = false;
      } else if (c != '\'' && c != '\u2019' && c != '.') {
        gap = true;
      }
    }
    return out.toString();
  }
}
