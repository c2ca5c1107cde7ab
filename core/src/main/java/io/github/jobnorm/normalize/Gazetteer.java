package io.github.jobnorm.normalize;

import java.util.List;
import java.util.Map;

/**
 * The place names the location parser knows: countries with their aliases, first-level regions,
 * cities with population, and named metro areas. Built once, on first use, from the resource
 * files derived from GeoNames and ISO data (see {@code tools/gazetteer}); immutable after that,
 * so it is safe to share between threads. Every lookup takes words as written and folds them.
 */
final class Gazetteer {

  /** A first-level region; {@code code} is null for regions without an ISO code. */
  record Region(String country, String code, String name) {
    /** The value for {@code Location.region}: the ISO code, else the name. */
    String value() {
      return code != null ? code : name;
    }
  }

  /** A city; {@code region} is null when the data does not say. */
  record City(String name, String country, String region, int populationK) {}

  /** A named area, with the country, region and main city it stands for (each may be null). */
  record Metro(String name, String country, String region, String city) {}

  private static final class Holder {
    static final Gazetteer INSTANCE = GazetteerLoader.load();
  }

  private final Map<String, String> countries;
  private final java.util.Set<String> countryCodes;
  private final Map<String, List<Region>> regions;
  private final Map<String, Region> regionCodes;
  private final Map<String, List<City>> cities;
  private final Map<String, Metro> metros;
  private final java.util.Set<String> cityRegions;
  private final Map<String, Integer> regionPopulations;

  Gazetteer(Map<String, String> countries, java.util.Set<String> countryCodes,
      Map<String, List<Region>> regions, Map<String, Region> regionCodes,
      Map<String, List<City>> cities, Map<String, Metro> metros,
      Map<String, Integer> regionPopulations) {
    java.util.Set<String> used = new java.util.HashSet<>();
    cities.values().forEach(list -> list.forEach(c -> used.add(c.country() + '-' + c.region())));
    this.cityRegions = java.util.Set.copyOf(used);
    this.countries = countries;
    this.countryCodes = countryCodes;
    this.regions = regions;
    this.regionCodes = regionCodes;
    this.cities = cities;
    this.metros = metros;
    this.regionPopulations = regionPopulations;
  }

  /** The shared instance; loading happens once, on the first call, under the class-init lock. */
  static Gazetteer get() {
    return Holder.INSTANCE;
  }

  /** The ISO code of a country name or alias ("Deutschland", "U.S.", "Türkiye"), or null. */
  String country(String words) {
    return countries.get(Fold.key(words));
  }

  /** Whether {@code code} is an ISO 3166-1 alpha-2 code, as written (upper case). */
  boolean isCountryCode(String code) {
    return countryCodes.contains(code);
  }

  /** Regions with this name in any country ("Georgia" is one; "Limburg" two). */
  List<Region> regionsNamed(String words) {
    String key = Fold.key(words);
    List<Region> found = regions.get(key);
    if (found == null && (key.startsWith("co ") || key.startsWith("county "))) {
      // "Co Antrim", "County Louth"
      found = regions.get(key.substring(key.indexOf(' ') + 1));
    }
    return found == null ? List.of() : found;
  }

  /** The region of a country with this ISO code ("CA" in US), or null. */
  Region regionByCode(String country, String code) {
    return regionCodes.get(country + '-' + code);
  }

  /** The region of a country by name or code, or null. */
  Region region(String country, String words) {
    if (country == null) {
      return null;
    }
    for (Region r : regionsNamed(words)) {
      if (r.country().equals(country)) {
        return r;
      }
    }
    String code = words.strip().replace(".", "");
    if (code.length() <= 3 && code.equals(code.toUpperCase(java.util.Locale.ROOT))) {
      return regionByCode(country, code);
    }
    return null;
  }

  /** Cities with this name, largest first. */
  List<City> citiesNamed(String words) {
    return cities.getOrDefault(Fold.key(words), List.of());
  }

  /**
   * Whether the cities' data uses this region code: when it does not ("SRY" in GB, whose
   * cities carry nations), a city cannot be checked against it.
   */
  boolean isCityRegion(String country, String code) {
    return cityRegions.contains(country + '-' + code);
  }

  /**
   * The population of a region in thousands, where the data weighs it against a city of the same
   * name abroad ("Surrey"); 0 when it does not.
   */
  int populationK(Region r) {
    return r.code() == null ? 0 : regionPopulations.getOrDefault(r.country() + '-' + r.code(), 0);
  }

  /** A named area ("Bay Area", "Randstad"), or null. */
  Metro metro(String words) {
    return metros.get(Fold.key(words));
  }
}
