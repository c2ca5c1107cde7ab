package io.github.jobnorm.normalize;

import io.github.jobnorm.normalize.Gazetteer.City;
import io.github.jobnorm.normalize.Gazetteer.Region;
import io.github.jobnorm.normalize.PlaceResolver.Place;
import java.util.ArrayList;
import java.util.List;

/**
 * Places whose parts are several cities: a district and the large city it is in ("Chelsea,
 * London"), or a list of cities ("Pune, Chennai"), whose sure members settle the country of the
 * others.
 */
final class CityLists {
  private final Gazetteer gaz;
  private final String hint;
  private final List<String> warnings;

  CityLists(Gazetteer gaz, String hint, List<String> warnings) {
    this.gaz = gaz;
    this.hint = hint;
    this.warnings = warnings;
  }

  /**
   * "Chelsea, London" or "Pimpri-Chinchwad, Pune": a district, then the large city it is in.
   * The city is the large one; two cities of a size ("Kolkata, Hyderabad") are a list instead.
   */
  Place districtOfCity(List<String> rest, String country, Region region) {
    String regionCode = region == null ? null : region.code();
    // "Karachi, Hyderabad": a city taken with a warning is not sure enough to hold a district
    City big = sureCity(rest.get(1), country, regionCode);
    if (big == null || big.populationK() < 300) {
      return null;
    }
    City small = choose(rest.get(0), big.country(), null, new ArrayList<>());
    if (small != null && (small.populationK() >= 100
        || big.populationK() < 10 * small.populationK())) {
      return null;
    }
    return place(big, country, region);
  }

  /** The cities of a list, each once, or empty when one of them cannot be placed. */
  List<Place> cityList(List<String> rest, String country, Region region) {
    String regionCode = region == null ? null : region.code();
    String common = country;
    if (common == null) {
      // A list of cities is in one country more often than not: "Hyderabad, Ahmedabad" is India.
      // The sure cities must agree and be half the list at least; one taken with a warning
      // ("Hyderabad" alone) is no evidence.
      int sure = 0;
      for (String words : rest) {
        City c = sureCity(words, null, regionCode);
        if (c != null && common != null && !common.equals(c.country())) {
          common = null;
          sure = 0;
          break;
        }
        if (c != null) {
          common = c.country();
          sure++;
        }
      }
      if (2 * sure < rest.size()) {
        common = null;
      }
    }
    List<Place> places = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    for (String words : rest) {
      City c = choose(words, common, regionCode, notes);
      if (c == null) {
        return List.of();
      }
      Place p = place(c, common, region);
      if (!places.contains(p)) {
        places.add(p);
      }
    }
    warnings.addAll(notes);
    return places;
  }

  /** The city the words name, when it is chosen without a warning; else null. */
  private City sureCity(String words, String country, String regionCode) {
    List<String> notes = new ArrayList<>();
    City c = choose(words, country, regionCode, notes);
    return notes.isEmpty() ? c : null;
  }

  /** The city the words name, chosen as {@link CityChoice#choose} does; its doubts go to notes. */
  City choose(String words, String country, String regionCode, List<String> notes) {
    return CityChoice.choose(gaz.citiesNamed(words), country, regionCode, hint, words, notes);
  }

  /** The place of a city: the string's country and region win over the data's. */
  Place place(City c, String country, Region region) {
    String regionValue = region != null ? region.value() : c.region();
    if (regionValue == null) {
      Region named = gaz.region(c.country(), c.name());
      regionValue = named == null ? null : named.value();
    }
    return new Place(c.name(), regionValue, country != null ? country : c.country());
  }
}
