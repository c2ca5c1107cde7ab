package io.github.jobnorm.normalize;

import io.github.jobnorm.normalize.Gazetteer.City;
import java.util.ArrayList;
import java.util.List;

/**
 * Chooses among cities of one name: those in the known country and region; else only those in
 * the hinted country; else the largest, when it is much larger than the next (Paris, France over
 * Paris, Texas), or, with a warning, when it is clearly larger (Hyderabad, India over Hyderabad,
 * Pakistan). When no choice is safe, none is made.
 */
final class CityChoice {
  /** How many times larger the first city must be to be taken without other evidence. */
  private static final int DOMINANCE = 4;
  /**
   * Twice the ratio (5 = 2.5 times) above which the larger city is still taken, with a warning
   * naming the other country.
   */
  private static final int LEANING = 5;

  private CityChoice() {}

  /** How surely the larger of two places of one name is the one meant. */
  enum Weight {
    /** {@link #DOMINANCE} times the other or more: taken without a word. */
    CLEAR,
    /** 2.5 times the other or more: taken, with a warning naming the other. */
    LEANING,
    /** Too close to call. */
    UNSURE
  }

  /** Weighs a place of {@code largerK} thousand people against one of {@code smallerK}. */
  static Weight weigh(int largerK, int smallerK) {
    int other = Math.max(1, smallerK);
    if (largerK >= DOMINANCE * other) {
      return Weight.CLEAR;
    }
    return largerK * 2 >= LEANING * other ? Weight.LEANING : Weight.UNSURE;
  }

  static City choose(List<City> named, String country, String regionCode, String hint,
      String words, List<String> warnings) {
    if (named.isEmpty()) {
      return null;
    }
    List<City> fit = new ArrayList<>();
    for (City c : named) {
      if ((country == null || c.country().equals(country))
          && (regionCode == null || c.region() == null || regionCode.equals(c.region()))) {
        fit.add(c);
      }
    }
    if (fit.isEmpty()) {
      return null;
    }
    if (country == null && hint != null) {
      // The hint is the caller's knowledge: a city of that name elsewhere is not this one.
      fit = fit.stream().filter(c -> c.country().equals(hint)).toList();
      if (fit.isEmpty()) {
        return null;
      }
    }
    City first = fit.get(0);
    if (fit.size() == 1) {
      return first;
    }
    City second = fit.get(1);
    boolean sameRegion = first.country().equals(second.country())
        && (first.region() == null || first.region().equals(second.region()));
    Weight weight = weigh(first.populationK(), second.populationK());
    if (sameRegion || weight == Weight.CLEAR) {
      return first;
    }
    if (weight == Weight.LEANING && !first.country().equals(second.country())) {
      // "Hyderabad": India's is 2.6 times Pakistan's; taken, and said
      warnings.add("\"" + words + "\" also names a city in " + second.country() + "; took "
          + first.country() + ", whose city is the larger");
      return first;
    }
    if (country != null && first.country().equals(country)) {
      // The country is certain; only the region is not.
      warnings.add("\"" + words + "\" names more than one city in " + country
          + "; region left unset");
      return new City(first.name(), first.country(), null, first.populationK());
    }
    warnings.add("\"" + words + "\" names cities in more than one country; country left unset");
    return null;
  }
}
