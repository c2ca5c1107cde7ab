package io.github.jobnorm.store;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A 64-bit SimHash of a text over its word shingles: texts that share most of their three-word
 * runs get fingerprints a few bits apart, so near-identical descriptions (the same posting on two
 * sites, with different boilerplate around it) are found by comparing two longs. Words are runs
 * of letters and digits, folded to lower case without accents; the text is read once, in linear
 * time.
 */
public final class SimHash {
  /** Words per shingle. */
  public static final int SHINGLE = 3;

  private SimHash() {}

  /**
   * A text's fingerprint and word count.
   *
   * @param hash the 64-bit SimHash; 0 for a text of fewer than {@value #SHINGLE} words
   * @param words how many words the text has
   */
  public record Fingerprint(long hash, int words) {}

  /** The fingerprint of a text. */
  public static Fingerprint of(String text) {
    List<String> words = words(text);
    int[] votes = new int[64];
    for (int i = 0; i + SHINGLE <= words.size(); i++) {
      long h = hash(words, i);
      for (int bit = 0; bit < 64; bit++) {
        votes[bit] += ((h >>> bit) & 1L) == 1L ? 1 : -1;
      }
    }
    long hash = 0;
    if (words.size() >= SHINGLE) {
      for (int bit = 0; bit < 64; bit++) {
        if (votes[bit] > 0) {
          hash |= 1L << bit;
        }
      }
    }
    return new Fingerprint(hash, words.size());
  }

  /** How many bits two fingerprints differ in. */
  public static int distance(long a, long b) {
    return Long.bitCount(a ^ b);
  }

  /** The words of a text, folded. */
  static List<String> words(String text) {
    String s = Normalizer.normalize(text, Normalizer.Form.NFKD).toLowerCase(Locale.ROOT);
    List<String> words = new ArrayList<>();
    StringBuilder w = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        w.append(c);
      } else if (Character.getType(c) != Character.NON_SPACING_MARK && w.length() > 0) {
        words.add(w.toString());
        w.setLength(0);
      }
    }
    if (w.length() > 0) {
      words.add(w.toString());
    }
    return words;
  }

  /** FNV-1a over the shingle's characters, then a 64-bit finalizer so every bit depends on all. */
  private static long hash(List<String> words, int from) {
    long h = 0xcbf29ce484222325L;
    for (int i = from; i < from + SHINGLE; i++) {
      String w = words.get(i);
      for (int j = 0; j < w.length(); j++) {
        h ^= w.charAt(j);
        h *= 0x100000001b3L;
      }
      h ^= ' ';
      h *= 0x100000001b3L;
    }
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return h;
  }
}
