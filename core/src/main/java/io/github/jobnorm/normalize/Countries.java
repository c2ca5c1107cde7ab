package io.github.jobnorm.normalize;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Country names to ISO 3166-1 alpha-2 codes: the JDK's own names of every ISO country in the
 * languages postings are written in, plus the hand-kept aliases of {@code country-aliases.tsv}.
 */
final class Countries {
  private static final Locale[] LANGUAGES = {
    Locale.ENGLISH, Locale.GERMAN, Locale.FRENCH, Locale.ITALIAN, Locale.forLanguageTag("es"),
    Locale.forLanguageTag("nl"), Locale.forLanguageTag("pt"), Locale.forLanguageTag("pl"),
    Locale.forLanguageTag("sv"), Locale.forLanguageTag("da"), Locale.forLanguageTag("tr"),
    Locale.forLanguageTag("cs")
  };

  private static final class Holder {
    static final Countries INSTANCE = new Countries();
  }

  private final Set<String> codes = Set.of(Locale.getISOCountries());
  private final Map<String, String> byName = new HashMap<>();

  private Countries() {
    for (String code : codes) {
      Locale country = new Locale("", code);
      for (Locale language : LANGUAGES) {
        byName.putIfAbsent(Fold.key(country.getDisplayCountry(language)), code);
      }
    }
    for (String[] row : RuleFile.rows("country-aliases.tsv")) {
      byName.put(Fold.key(row[1]), row[0]);
    }
  }

  /** The shared instance, built on first use. */
  static Countries get() {
    return Holder.INSTANCE;
  }

  /** The code of a country name or alias ("Deutschland", "U.S.", "Türkiye"), or null. */
  String byName(String words) {
    return byName.get(Fold.key(words));
  }

  /** Whether the text is an ISO 3166-1 alpha-2 code (as written, upper case). */
  boolean isCode(String text) {
    return text.length() == 2 && codes.contains(text);
  }

  /** The English name of a code. */
  static String englishName(String code) {
    return new Locale("", code).getDisplayCountry(Locale.ENGLISH);
  }
}
