package io.github.jobnorm.normalize;

import java.text.DateFormatSymbols;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Month names in the languages of the postings we meet, taken from the JDK's own locale data
 * rather than a list of our own.
 */
final class MonthNames {
  private static final Locale[] LOCALES = {
    Locale.ENGLISH, Locale.GERMAN, Locale.FRENCH, Locale.forLanguageTag("nl"),
    Locale.forLanguageTag("es"), Locale.ITALIAN, Locale.forLanguageTag("pt")
  };

  private static final class Holder {
    static final Map<String, Integer> MONTHS = load();
  }

  private MonthNames() {}

  /** The month number 1-12 of a folded month name or abbreviation ("jun", "juni", "juin"). */
  static int month(String word) {
    return Holder.MONTHS.getOrDefault(Fold.key(word), 0);
  }

  private static Map<String, Integer> load() {
    Map<String, Integer> map = new HashMap<>();
    for (Locale locale : LOCALES) {
      DateFormatSymbols symbols = DateFormatSymbols.getInstance(locale);
      String[] full = symbols.getMonths();
      String[] shortNames = symbols.getShortMonths();
      for (int m = 0; m < 12; m++) {
        map.putIfAbsent(Fold.key(full[m]), m + 1);
        String abbreviation = Fold.key(shortNames[m]);
        if (abbreviation.length() >= 3) {
          map.putIfAbsent(abbreviation, m + 1);
        }
      }
    }
    map.put("sept", 9);
    return Map.copyOf(map);
  }
}
