package io.github.jobnorm.normalize;

import io.github.jobnorm.normalize.Gazetteer.City;
import io.github.jobnorm.normalize.Gazetteer.Metro;
import io.github.jobnorm.normalize.Gazetteer.Region;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Resolves the comma-separated parts of one place, read from the right: a country, then a region,
 * then a city. Ambiguous words are settled by the words next to them and by the country hint:
 * "San Diego, CA" is California because San Diego is a Californian city, "Toronto, CA" Canada;
 * "Atlanta, Georgia" is the state, "Tbilisi, Georgia" the country; "London, ON" is in Ontario.
 */
final class PlaceResolver {

  /** A resolved place: any field may be null; {@code raw} is left to the caller. */
  record Place(String city, String region, String country) {}

  /** Countries whose states share names with cities: there "X, Country" means the region. */
  private static final List<String> STATE_COUNTRIES = List.of("US", "CA", "AU", "IN");
  /** Where a bare two-letter code most often comes from, after the hint: US states. */
  private static final List<String> CODE_COUNTRIES = List.of("US", "CA", "AU");

  /** Only a city this large (thousands) outweighs a region of the same name ("Surrey"). */
  private static final int BIG_CITY_K = 1000;
  /** A city this large elsewhere makes a region of the same name ambiguous. */
  static final int AMBIGUOUS_CITY_K = 100;
  /** Marks a word that names places in two countries: neither is taken. */
  private static final Region AMBIGUOUS = new Region("", null, "");

  private final Gazetteer gaz;
  private final String hint;
  private final List<String> warnings;
  private final CityLists lists;

  PlaceResolver(Gazetteer gaz, String hint, List<String> warnings) {
    this.gaz = gaz;
    this.hint = hint;
    this.warnings = warnings;
    this.lists = new CityLists(gaz, hint, warnings);
  }

  /** The places the parts name: one, or several for a list of cities ("Pune, Chennai"). */
  List<Place> resolve(List<String> parts) {
    List<String> rest = new ArrayList<>(parts);
    if (rest.isEmpty()) {
      return List.of();
    }
    String lastPart = rest.get(rest.size() - 1);
    if (rest.size() > 1 && gaz.country(rest.get(0)) != null && gaz.country(lastPart) == null
        && gaz.regionsNamed(lastPart).isEmpty() && !isUpperCode(lastPart.strip(), 3)
        && !gaz.citiesNamed(lastPart).isEmpty()) {
      // "India, Bengaluru, Mumbai": the country written first.
      rest.add(rest.remove(0));
    }
    if (rest.size() == 1) {
      rest = WordSplit.split(gaz, rest.get(0));
    }
    String country = takeCountry(rest);
    Region region = null;
    if (!rest.isEmpty()) {
      region = takeRegion(rest, country);
      if (region != null && country == null) {
        country = region.country();
      }
    }
    while (rest.size() > 1 && repeats(rest.get(rest.size() - 1), country, region)) {
      rest.remove(rest.size() - 1);
    }
    while (rest.size() > 1 && country != null) {
      // "Cheltenham, Gloucestershire, England", "Derby Derbyshire East Midlands": the finer
      // region wins, unless only the coarser one has an ISO code.
      Region finer = gaz.region(country, rest.get(rest.size() - 1));
      if (finer == null || finer.code() == null && region != null && region.code() != null) {
        break;
      }
      region = finer;
      rest.remove(rest.size() - 1);
    }
    if (rest.isEmpty()) {
      return List.of(new Place(null, region == null ? null : region.value(), country));
    }
    if (rest.size() == 1 && region != null && country != null) {
      Region finer = gaz.region(country, rest.get(0));
      if (finer != null && cityIn(rest.get(0), country, null) == null) {
        // "Lancashire, England, United Kingdom": a county under a nation, no city.
        return List.of(new Place(null, finer.value(), country));
      }
    }
    if (rest.size() == 2) {
      Place district = lists.districtOfCity(rest, country, region);
      if (district != null) {
        return List.of(district);
      }
    }
    if (rest.size() > 1) {
      List<Place> several = lists.cityList(rest, country, region);
      if (!several.isEmpty()) {
        return several;
      }
    }
    return List.of(city(rest.get(0), country, region));
  }

  private boolean repeats(String part, String country, Region region) {
    String c = gaz.country(part);
    if (c != null && c.equals(country)) {
      return true;
    }
    Region r = country == null ? null : gaz.region(country, part);
    return r != null && r.equals(region);
  }

  /** Takes the last part when it names a country, unless the words around make it a region. */
  private String takeCountry(List<String> rest) {
    String last = rest.get(rest.size() - 1);
    String before = rest.size() > 1 ? rest.get(rest.size() - 2) : null;
    String country = gaz.country(last);
    if (country != null) {
      Region asRegion = stateNamed(last, before);
      if (asRegion != null) {
        return null;
      }
      rest.remove(rest.size() - 1);
      return country;
    }
    String code = last.strip();
    if (!isUpperCode(code, 2) || !gaz.isCountryCode(code)) {
      return null;
    }
    boolean regionCode = codeRegion(code, before) != null;
    if (before == null) {
      if (regionCode && !code.equals(hint)) {
        return null;
      }
    } else if (rest.size() == 2 && regionCode && !cityInCountryOnly(before, code)) {
      return null;
    } else if (rest.size() > 2 && regionCode && citiedRegion(code, before)
        && gaz.region(code, before) == null) {
      // "Santa Fe Springs, Los Angeles, CA": Los Angeles is in California.
      return null;
    }
    rest.remove(rest.size() - 1);
    return code;
  }

  /** "Atlanta, Georgia" or, with a US hint, "Georgia": the state, not the country. */
  private Region stateNamed(String words, String before) {
    for (Region r : gaz.regionsNamed(words)) {
      if (before != null && cityIn(before, r.country(), r.code()) != null) {
        return r;
      }
      if (before == null && r.country().equals(hint)) {
        return r;
      }
    }
    return null;
  }

  /** Whether the words are a city in a region with this code, in the hinted or usual countries. */
  private boolean citiedRegion(String code, String cityWords) {
    for (String country : CODE_COUNTRIES) {
      if (gaz.regionByCode(country, code) != null && cityIn(cityWords, country, code) != null) {
        return true;
      }
    }
    return false;
  }

  /** Whether the city is known in the country with this code and in none of its regions coded so. */
  private boolean cityInCountryOnly(String cityWords, String code) {
    return cityIn(cityWords, code, null) != null && codeRegion(code, cityWords) == null;
  }

  /** The region a short code names next to a city ("CA" after "San Diego"), or null. */
  private Region codeRegion(String code, String cityWords) {
    List<String> order = new ArrayList<>();
    if (hint != null) {
      order.add(hint);
    }
    order.addAll(CODE_COUNTRIES);
    Region fallback = null;
    for (String country : order) {
      Region r = gaz.regionByCode(country, code);
      if (r == null) {
        continue;
      }
      if (cityWords == null || cityIn(cityWords, country, code) != null) {
        return r;
      }
      if (fallback == null) {
        fallback = r;
      }
    }
    return cityWords != null && fallback != null && evidenceElsewhere(cityWords, code)
        ? null : fallback;
  }

  /** The city is known in the country with this code, so a region reading would be a guess. */
  private boolean evidenceElsewhere(String cityWords, String code) {
    return gaz.isCountryCode(code) && cityIn(cityWords, code, null) != null;
  }

  private Region takeRegion(List<String> rest, String country) {
    String last = rest.get(rest.size() - 1);
    String before = rest.size() > 1 ? rest.get(rest.size() - 2) : null;
    Region r = region(last, country, before);
    if (r == AMBIGUOUS) {
      rest.clear();
      return null;
    }
    if (r == null && before != null) {
      // "Austin, Texas Metropolitan Area"; alone, "Greater Leeds Area" is the city's area.
      String core = MetroNames.core(last);
      r = core == null ? null : region(core, country, before);
    }
    if (r == null) {
      return null;
    }
    rest.remove(rest.size() - 1);
    if (rest.isEmpty() && !(country != null && STATE_COUNTRIES.contains(country))) {
      City same = sameNamedCity(last, r);
      if (same != null) {
        // "Berlin", "Madrid, Spain", "Utrecht, Netherlands": the city and its region.
        rest.add(last);
      }
    }
    return r;
  }

  /**
   * A city named like the region and in it, or large: region codes of the data and of the
   * string can be of different levels (a GB district against the city's nation).
   */
  private City sameNamedCity(String words, Region r) {
    for (City c : gaz.citiesNamed(words)) {
      if (c.country().equals(r.country()) && (r.code() == null || c.region() == null
          || r.code().equals(c.region()) || c.populationK() >= 20)) {
        return c;
      }
    }
    return null;
  }

  private Region region(String words, String country, String before) {
    if (country != null) {
      return gaz.region(country, words);
    }
    String code = words.strip().replace(".", "");
    if (isUpperCode(code, 3)) {
      return codeRegion(code, before);
    }
    List<Region> named = gaz.regionsNamed(words);
    if (named.isEmpty()) {
      return null;
    }
    for (Region r : named) {
      if (before != null && (cityIn(before, r.country(), r.code()) != null
          || gaz.region(r.country(), before) != null)) {
        // "Cumbria, North West": a city or a finer region of that country before it.
        return r;
      }
    }
    List<Region> hinted = named.stream().filter(r -> r.country().equals(hint)).toList();
    if (!hinted.isEmpty()) {
      return hinted.get(0);
    }
    if (before == null && hint != null && cityIn(words, hint, null) != null) {
      return null;
    }
    if (before == null) {
      List<City> cities = gaz.citiesNamed(words);
      City foreign = cities.stream().filter(c -> !matches(c, named)).findFirst().orElse(null);
      if (foreign != null && foreign.populationK() >= AMBIGUOUS_CITY_K) {
        Region weighed = weighed(words, named, cities, foreign);
        if (weighed != null || foreign.populationK() >= BIG_CITY_K) {
          return weighed;
        }
        // "Westminster" (the London borough, or the city in Colorado), "Kochi" (Japan's
        // prefecture or Kerala's city): neither reading is safe.
        warnings.add("\"" + words + "\" is a region and a city in different countries;"
            + " country left unset");
        return AMBIGUOUS;
      }
    }
    if (named.size() == 1) {
      return named.get(0);
    }
    Region us = named.stream().filter(r -> r.country().equals("US")).findFirst().orElse(null);
    if (us == null) {
      warnings.add("region \"" + words + "\" is in more than one country; country left unset");
    }
    return us;
  }

  /**
   * The region the words name, when it or its country's city of that name ("Birmingham") is
   * clearly larger than the foreign city ("Ontario" the province, 14 million, against the city
   * in California); null when it is not. {@code cities} are those the words name, largest first.
   */
  private Region weighed(String words, List<Region> named, List<City> cities, City foreign) {
    Region best = null;
    int bestK = 0;
    for (Region r : named) {
      // Largest first: the first city of the region's country is its largest of that name.
      int homeK = cities.stream().filter(c -> c.country().equals(r.country()))
          .mapToInt(City::populationK).findFirst().orElse(0);
      int k = Math.max(gaz.populationK(r), homeK);
      if (k > bestK) {
        best = r;
        bestK = k;
      }
    }
    CityChoice.Weight weight = CityChoice.weigh(bestK, foreign.populationK());
    if (weight == CityChoice.Weight.LEANING) {
      warnings.add("\"" + words + "\" also names a city in " + foreign.country() + "; took "
          + best.country() + ", whose place of that name is the larger");
    }
    return weight == CityChoice.Weight.UNSURE ? null : best;
  }

  private static boolean matches(City c, List<Region> regions) {
    return regions.stream().anyMatch(r -> r.country().equals(c.country()));
  }

  private Place city(String words, String country, Region region) {
    String regionCode = region == null ? null : region.code();
    City c = lists.choose(words, country, regionCode, warnings);
    if (c == null && regionCode != null && country != null
        && !gaz.isCityRegion(country, regionCode)) {
      // The string's region is of another level than the data's ("Surrey" against ENG).
      c = lists.choose(words, country, null, warnings);
    }
    if (c != null) {
      return lists.place(c, country, region);
    }
    String core = MetroNames.core(words);
    Metro metro = gaz.metro(words);
    if (metro == null && core != null) {
      metro = gaz.metro(core);
    }
    if (metro != null && (country == null || country.equals(metro.country()))) {
      String r = region != null ? region.value() : metro.region();
      return new Place(metro.city(), r, metro.country());
    }
    if (core != null) {
      c = lists.choose(core, country, regionCode, warnings);
    }
    String first = MetroNames.firstOfPair(core != null ? core : words);
    if (c == null && first != null) {
      c = lists.choose(first, country, regionCode, warnings);
    }
    String compass = MetroNames.afterCompass(core != null ? core : words);
    if (c == null && compass != null) {
      c = lists.choose(compass, country, regionCode, warnings);
    }
    if (c != null) {
      return lists.place(c, country, region);
    }
    if (country == null && region == null) {
      // The caller knows the posting's country: the unknown words are somewhere in it.
      return new Place(null, null, hint);
    }
    boolean notCity = words.toLowerCase(Locale.ROOT).endsWith(" county")
        || country != null && gaz.region(country, words) != null;
    String cityWords = notCity ? null : words;
    return new Place(cityWords, region == null ? null : region.value(), country);
  }

  private City cityIn(String words, String country, String regionCode) {
    String core = MetroNames.core(words);
    for (String w : core == null ? List.of(words) : List.of(words, core)) {
      for (City c : gaz.citiesNamed(w)) {
        if (c.country().equals(country)
            && (regionCode == null || c.region() == null || regionCode.equals(c.region()))) {
          return c;
        }
      }
    }
    return null;
  }

  private static boolean isUpperCode(String s, int maxLength) {
    if (s.length() < 2 || s.length() > maxLength) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (!(ch >= 'A' && ch <= 'Z') && !(i > 0 && ch >= '0' && ch <= '9')) {
        return false;
      }
    }
    return true;
  }
}
