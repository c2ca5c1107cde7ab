package io.github.jobnorm.normalize;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Metro-area forms around a city name: "Greater Sydney Area", "New York City Metropolitan Area",
 * "San Francisco Bay Area", "Amsterdam Area", "Denver Metro", "Dallas-Fort Worth Metroplex".
 */
final class MetroNames {
  private static final Pattern FORM = Pattern.compile(
      "^(?:greater\\s+|city\\s+of\\s+)?(.+?)(?:\\s+(?:bay\\s+area|metropolitan\\s+area"
          + "|metropolitan\\s+region|metro\\s+area|metroplex|metro|area|region|metropolitan"
          + "|and\\s+surrounding\\s+areas?|city\\s+area))?$",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern COMPASS = Pattern.compile(
      "^(?:north|south|east|west|central|inner|outer|northern|southern|eastern|western)"
          + "(?:\\s*(?:east|west))?\\s+(.+)$",
      Pattern.CASE_INSENSITIVE);

  private MetroNames() {}

  /** The city words inside a metro form, or null when the words are not in such a form. */
  static String core(String words) {
    Matcher m = FORM.matcher(words.strip());
    if (!m.matches()) {
      return null;
    }
    String core = m.group(1).strip();
    return core.length() == words.strip().length() ? null : core;
  }

  /** The place after a compass word ("West London" gives "London"), or null. */
  static String afterCompass(String words) {
    Matcher m = COMPASS.matcher(words.strip());
    return m.matches() ? m.group(1) : null;
  }

  /** The first city of a hyphenated pair ("Dallas-Fort Worth", "Arnhem-Nijmegen"), or null. */
  static String firstOfPair(String words) {
    int dash = words.indexOf('-');
    return dash > 2 ? words.substring(0, dash).strip() : null;
  }
}
