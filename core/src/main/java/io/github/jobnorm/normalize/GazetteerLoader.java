package io.github.jobnorm.normalize;

import io.github.jobnorm.normalize.Gazetteer.City;
import io.github.jobnorm.normalize.Gazetteer.Metro;
import io.github.jobnorm.normalize.Gazetteer.Region;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads the gazetteer's resource files into lookup tables keyed by folded names. */
final class GazetteerLoader {
  /** JDK locales whose country names are added as aliases: free, and always current. */
  private static final Locale[] JDK_LANGUAGES = {
    Locale.ENGLISH, Locale.GERMAN, Locale.FRENCH, Locale.ITALIAN, Locale.forLanguageTag("es"),
    Locale.forLanguageTag("nl"), Locale.forLanguageTag("pt"), Locale.forLanguageTag("pl"),
    Locale.forLanguageTag("sv"), Locale.forLanguageTag("da"), Locale.forLanguageTag("tr"),
    Locale.forLanguageTag("cs")
  };
  /** Words that name the kind of region, so "Tel Aviv District" also finds "Tel Aviv". */
  private static final Pattern REGION_KIND = Pattern.compile(
      " (?:district|governorate|province|state|region|emirate|county|prefecture|territory)$"
          + "|^(?:province|state|region|canton|county) of ");

  /** "South District" must not make "South" a region. */
  private static final Pattern COMPASS_WORD =
      Pattern.compile("(?:north|south|east|west|central|centre|center)(?:ern)?");

  private GazetteerLoader() {}

  static Gazetteer load() {
    Set<String> codes = new HashSet<>(List.of(Locale.getISOCountries()));
    Map<String, List<Region>> regions = new HashMap<>();
    Map<String, Region> regionCodes = new HashMap<>();
    for (String[] row : RuleFile.rows("subdivisions.tsv")) {
      Region r = new Region(row[0], row[1], row[2].replace("*", "").strip());
      regionCodes.put(r.country() + '-' + r.code(), r);
      addRegion(regions, r.name(), r);
      int comma = r.name().indexOf(", ");
      // "Madrid, Comunidad de" is also "Madrid"; "London, City of" is not all of London.
      if (comma > 0 && !r.name().endsWith("City of")) {
        addRegion(regions, r.name().substring(0, comma), r);
      }
    }
    for (String[] row : RuleFile.rows("region-aliases.tsv")) {
      String code = row[1].isEmpty() ? null : row[1];
      Region r = code == null ? new Region(row[0], null, row[2])
          : regionCodes.getOrDefault(row[0] + '-' + code, new Region(row[0], code, row[2]));
      addRegion(regions, row[2], r);
    }
    Map<String, List<City>> cities = cities();
    Map<String, String> countries = countries(codes, regions.keySet(), cities.keySet());
    Map<String, Metro> metros = new HashMap<>();
    for (String[] row : RuleFile.rows("metros.tsv")) {
      metros.put(Fold.key(row[0]),
          new Metro(row[0], row[1], blankToNull(row[2]), blankToNull(row[3])));
    }
    Map<String, Integer> populations = new HashMap<>();
    for (String[] row : RuleFile.rows("region-populations.tsv")) {
      populations.put(row[0] + '-' + row[1], Integer.parseInt(row[2]));
    }
    return new Gazetteer(Map.copyOf(countries), Set.copyOf(codes), freeze(regions),
        Map.copyOf(regionCodes), freeze(cities), Map.copyOf(metros), Map.copyOf(populations));
  }

  private static Map<String, String> countries(Set<String> codes, Set<String> regionNames,
      Set<String> cityNames) {
    Map<String, String> byName = new HashMap<>();
    for (String[] row : RuleFile.rows("countries.tsv")) {
      codes.add(row[0]);
      byName.put(Fold.key(row[1]), row[0]);
      if (row.length > 2 && !row[2].isEmpty()) {
        for (String alias : row[2].split("\\|")) {
          String key = Fold.key(alias);
          // A foreign name that is also a place ("Norfolk", "Columbia") means the place here.
          if (!regionNames.contains(key) && !cityNames.contains(key)) {
            byName.putIfAbsent(key, row[0]);
          }
        }
      }
    }
    for (String code : codes) {
      Locale country = new Locale("", code);
      for (Locale language : JDK_LANGUAGES) {
        String key = Fold.key(country.getDisplayCountry(language));
        if (language == Locale.ENGLISH
            || !regionNames.contains(key) && !cityNames.contains(key)) {
          byName.putIfAbsent(key, code);
        }
      }
    }
    for (String[] row : RuleFile.rows("country-aliases.tsv")) {
      byName.put(Fold.key(row[1]), row[0]);
    }
    byName.remove("");
    return byName;
  }

  private static Map<String, List<City>> cities() {
    Map<String, List<City>> cities = new HashMap<>();
    for (String[] row : RuleFile.rows("cities.tsv")) {
      City c = new City(row[0], row[1], blankToNull(row[2]), Integer.parseInt(row[3]));
      cities.computeIfAbsent(Fold.key(c.name()), k -> new ArrayList<>(1)).add(c);
    }
    for (String[] row : RuleFile.rows("city-aliases.tsv")) {
      City target = null;
      for (City c : cities.getOrDefault(Fold.key(row[2]), List.of())) {
        if (c.country().equals(row[1])) {
          target = c;
          break;
        }
      }
      if (target == null) {
        target = new City(row[2], row[1], blankToNull(row[3]), 0);
        cities.computeIfAbsent(Fold.key(row[2]), k -> new ArrayList<>(1)).add(target);
      }
      List<City> list = cities.computeIfAbsent(Fold.key(row[0]), k -> new ArrayList<>(1));
      if (!list.contains(target)) {
        list.add(target);
      }
    }
    for (List<City> list : cities.values()) {
      list.sort(Comparator.comparingInt(City::populationK).reversed());
    }
    return cities;
  }

  private static void addRegion(Map<String, List<Region>> regions, String name, Region r) {
    String key = Fold.key(name);
    add(regions, key, r);
    String shorter = REGION_KIND.matcher(key).replaceAll("");
    if (!shorter.equals(key) && !shorter.isEmpty() && !COMPASS_WORD.matcher(shorter).matches()) {
      add(regions, shorter, r);
    }
  }

  private static void add(Map<String, List<Region>> regions, String key, Region r) {
    List<Region> list = regions.computeIfAbsent(key, k -> new ArrayList<>(1));
    if (!list.contains(r)) {
      list.add(r);
    }
  }

  private static <T> Map<String, List<T>> freeze(Map<String, List<T>> map) {
    Map<String, List<T>> copy = new HashMap<>(map.size() * 2);
    map.forEach((k, v) -> copy.put(k, List.copyOf(v)));
    return Map.copyOf(copy);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
