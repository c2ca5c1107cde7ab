package io.github.jobnorm.normalize;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Splits a place written without commas into its parts, from the right: "Derby Derbyshire East
 * Midlands" becomes "Derby", "Derbyshire", "East Midlands". Only trailing words that name a
 * region or country, or a major city left of one, are split off, so "Milton Keynes" or "Salt
 * Lake City" stay whole.
 */
final class WordSplit {
  private static final int MAX_WORDS = 4;

  private WordSplit() {}

  /** The parts of one place; a mutable list, the place alone when nothing splits off. */
  static List<String> split(Gazetteer gaz, String part) {
    List<String> out = new ArrayList<>();
    String[] words = part.strip().split(" ");
    if (words.length < 2 || known(gaz, part)) {
      out.add(part);
      return out;
    }
    List<String> tail = new ArrayList<>();
    int end = words.length;
    while (end > 1) {
      int start = -1;
      for (int n = Math.min(MAX_WORDS, end - 1); n >= 1 && start < 0; n--) {
        String candidate = join(words, end - n, end);
        if (gaz.country(candidate) != null || !gaz.regionsNamed(candidate).isEmpty()
            || !tail.isEmpty() && isMajorCity(gaz, candidate)) {
          start = end - n;
        }
      }
      if (start < 0) {
        break;
      }
      tail.add(0, join(words, start, end));
      end = start;
    }
    out.add(join(words, 0, end));
    out.addAll(tail);
    return out;
  }

  /** "West London London South East": a major city between a district and a region. */
  private static boolean isMajorCity(Gazetteer gaz, String words) {
    return gaz.citiesNamed(words).stream().anyMatch(c -> c.populationK() >= 1000);
  }

  private static boolean known(Gazetteer gaz, String words) {
    return gaz.country(words) != null || !gaz.regionsNamed(words).isEmpty()
        || !gaz.citiesNamed(words).isEmpty() || gaz.metro(words) != null;
  }

  private static String join(String[] words, int from, int to) {
    return String.join(" ", Arrays.asList(words).subList(from, to));
  }
}
