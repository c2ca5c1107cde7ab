package io.github.jobnorm.normalize;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * Case-insensitive phrases, each tied to a value, found at word starts of a bounded stretch of
 * text. Lookup goes through the phrase's first word so that a search costs a few hash lookups per
 * word, whatever the number of phrases. A phrase ending in {@code *} matches any word ending.
 *
 * @param <V> what a phrase stands for
 */
final class PhraseSet<V> {

  /** A phrase found in text. */
  record Hit<V>(V value, String phrase, int start, int end) {}

  private record Entry<V>(String phrase, boolean prefix, V value) {}

  private final Map<String, List<Entry<V>>> byFirstWord = new HashMap<>();
  private final TreeSet<Integer> prefixLengths = new TreeSet<>();
  /** Lower-cased first characters of the phrases: most words are rejected without a lookup. */
  private final java.util.Set<Character> firstChars = new java.util.HashSet<>();
  /** Lower-cased first two characters of the phrases, packed: a cheaper filter than a lookup. */
  private final java.util.Set<Integer> firstTwoChars = new java.util.HashSet<>();
  private int longestFirstWord;

  /** Adds a phrase (any case; a trailing {@code *} makes its last word a prefix). */
  void add(String phrase, V value) {
    boolean prefix = phrase.endsWith("*");
    String p = (prefix ? phrase.substring(0, phrase.length() - 1) : phrase).toLowerCase(Locale.ROOT);
    String first = p.substring(0, wordEnd(p, 0));
    if (prefix && first.length() == p.length()) {
      prefixLengths.add(first.length());
    }
    firstChars.add(first.charAt(0));
    firstTwoChars.add(first.length() == 1 ? first.charAt(0) << 16 : first.charAt(0) << 16 | first.charAt(1));
    longestFirstWord = Math.max(longestFirstWord, first.length());
    List<Entry<V>> list = byFirstWord.computeIfAbsent(first, k -> new ArrayList<>());
    list.add(new Entry<>(p, prefix, value));
    // Longest first, so that "on-target earnings" wins over "on-target".
    list.sort((a, b) -> b.phrase().length() - a.phrase().length());
  }

  /** The longest phrase that starts exactly at {@code pos}, or null. */
  Hit<V> at(CharSequence text, int pos, int limit) {
    if (pos >= limit
        || !isWordChar(text.charAt(pos))
        || !firstChars.contains(Character.toLowerCase(text.charAt(pos)))) {
      return null;
    }
    int we = wordEnd(text, pos);
    if (we - pos > longestFirstWord && prefixLengths.isEmpty()) {
      return null;
    }
    int c0 = Character.toLowerCase(text.charAt(pos)) << 16;
    int key = we - pos == 1 ? c0 : c0 | Character.toLowerCase(text.charAt(pos + 1));
    if (!firstTwoChars.contains(key)) {
      return null;
    }
    we = Math.min(we, pos + 40);
    String word = text.subSequence(pos, we).toString().toLowerCase(Locale.ROOT);
    Hit<V> hit = match(text, pos, limit, byFirstWord.get(word));
    for (int len : prefixLengths) {
      if (hit != null || len > word.length()) {
        break;
      }
      hit = match(text, pos, limit, byFirstWord.get(word.substring(0, len)));
    }
    return hit;
  }

  /** The last phrase (nearest to {@code to}) found at a word start in {@code [from, to)}, or null. */
  Hit<V> last(CharSequence text, int from, int to) {
    Hit<V> found = null;
    int i = from;
    while (i < to) {
      if (isWordStart(text, i)) {
        Hit<V> hit = at(text, i, to);
        if (hit != null) {
          found = hit;
        }
        i = wordEnd(text, i);
      } else {
        i++;
      }
    }
    return found;
  }

  /** Every phrase found at a word start in {@code [from, to)}, in order. */
  List<Hit<V>> all(CharSequence text, int from, int to) {
    List<Hit<V>> hits = new ArrayList<>();
    int i = from;
    while (i < to) {
      if (isWordStart(text, i)) {
        Hit<V> hit = at(text, i, to);
        if (hit != null) {
          hits.add(hit);
        }
        i = wordEnd(text, i);
      } else {
        i++;
      }
    }
    return hits;
  }

  /** The first phrase found at a word start in {@code [from, to)}, or null. */
  Hit<V> first(CharSequence text, int from, int to) {
    int i = from;
    while (i < to) {
      if (isWordStart(text, i)) {
        Hit<V> hit = at(text, i, to);
        if (hit != null) {
          return hit;
        }
        i = wordEnd(text, i);
      } else {
        i++;
      }
    }
    return null;
  }

  private static <V> Hit<V> match(CharSequence text, int pos, int limit, List<Entry<V>> entries) {
    if (entries == null) {
      return null;
    }
    for (Entry<V> e : entries) {
      int end = pos + e.phrase().length();
      if (end > limit || !regionMatchesIgnoreCase(text, pos, e.phrase())) {
        continue;
      }
      if (e.prefix()) {
        end = wordEnd(text, end);
      } else if (!isWordEnd(text, end)) {
        continue;
      }
      return new Hit<>(e.value(), e.phrase(), pos, end);
    }
    return null;
  }

  static boolean regionMatchesIgnoreCase(CharSequence text, int pos, String lower) {
    if (pos + lower.length() > text.length()) {
      return false;
    }
    for (int k = 0; k < lower.length(); k++) {
      if (Character.toLowerCase(text.charAt(pos + k)) != lower.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /**
   * True where a word starts: after a non-word character, or at a capital glued to a lower-case
   * letter, because scraped text often loses the space between a heading and what follows
   * ("CompensationYearly Salary", "$23.00/hrBenefits").
   */
  static boolean isWordStart(CharSequence text, int i) {
    if (!isWordChar(text.charAt(i))) {
      return false;
    }
    if (i == 0 || !isWordChar(text.charAt(i - 1))) {
      return true;
    }
    return Character.isUpperCase(text.charAt(i)) && Character.isLowerCase(text.charAt(i - 1));
  }

  /** True where a word may end: at a non-word character, the end, or a glued capital. */
  static boolean isWordEnd(CharSequence text, int end) {
    return end >= text.length() || end == 0 || isWordStart(text, end) || !isWordChar(text.charAt(end));
  }

  static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c);
  }

  static int wordEnd(CharSequence s, int i) {
    int j = i;
    while (j < s.length() && isWordChar(s.charAt(j)) && (j == i || !isWordStart(s, j))) {
      j++;
    }
    return j;
  }
}
