package io.github.jobnorm.normalize;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Currency markers around amounts, and what a posting's country says about currency, read from
 * {@code pay-currencies.tsv}, {@code pay-countries.tsv} and {@code pay-scales.tsv}.
 */
final class CurrencyTable {

  /** A currency marker found in text: its ISO code, span, and whether it was a bare {@code $}. */
  record Marker(String iso, int start, int end, boolean bareDollar) {}

  private static final int MAX_TOKEN = 7;

  private final Map<String, String> exact = new HashMap<>();
  private final Map<String, String> words = new HashMap<>();
  private final Map<String, String> countryCurrency = new HashMap<>();
  private final Map<String, Boolean> countryDollar = new HashMap<>();
  private final Map<String, BigDecimal> scales = new HashMap<>();

  static final CurrencyTable DEFAULT = new CurrencyTable();

  private CurrencyTable() {
    for (String[] row : RuleFile.read("pay-currencies.tsv", 3)) {
      String token = row[0];
      if (token.length() >= 4 && token.chars().allMatch(Character::isLowerCase)) {
        words.put(token, row[1]);
      } else {
        exact.put(token, row[1]);
      }
    }
    for (String[] row : RuleFile.read("pay-countries.tsv", 4)) {
      countryCurrency.put(row[0], row[1]);
      countryDollar.put(row[0], "yes".equals(row[2]));
    }
    for (String[] row : RuleFile.read("pay-scales.tsv", 3)) {
      scales.put(row[0], new BigDecimal(row[1]));
    }
  }

  /** The ISO code a marker token stands for, or null ("US$" gives USD, "euros" EUR). */
  String isoOf(String token) {
    if (token == null) {
      return null;
    }
    String t = token.strip();
    String iso = exact.get(t);
    if (iso == null) {
      iso = exact.get(t.toUpperCase(Locale.ROOT));
    }
    return iso != null ? iso : words.get(t.toLowerCase(Locale.ROOT));
  }

  /** The currency of a country, or null when unknown. */
  String currencyOf(String country) {
    return country == null ? null : countryCurrency.get(country);
  }

  /** What a bare {@code $} means in a country: its own dollar, else USD. */
  String dollarIn(String country) {
    return country != null && countryDollar.getOrDefault(country, false)
        ? countryCurrency.get(country)
        : "USD";
  }

  /** Units of the currency that buy roughly one US dollar: for judging magnitudes only. */
  BigDecimal scaleOf(String iso) {
    return scales.getOrDefault(iso, BigDecimal.ONE);
  }

  /** A marker ending right before {@code pos} (one space allowed between), or null. */
  Marker before(CharSequence text, int pos, int floor) {
    int end = pos;
    if (end - 1 >= floor && AmountReader.isSpace(text.charAt(end - 1))) {
      end--;
    }
    if (end <= floor || Character.isDigit(text.charAt(end - 1)) || Character.isWhitespace(text.charAt(end - 1))) {
      return null;
    }
    for (int len = Math.min(MAX_TOKEN, end - floor); len >= 1; len--) {
      int start = end - len;
      String token = text.subSequence(start, end).toString();
      String iso = exact.get(token);
      // A code must stand alone ("USD 50", not "xUSD 50"); a symbol may be glued ("week$25/hr").
      if (iso == null
          || Character.isLetter(token.charAt(0))
              && start > 0
              && Character.isLetter(text.charAt(start - 1))) {
        continue;
      }
      if (Character.isLetter(token.charAt(token.length() - 1)) && end == pos) {
        continue; // "USD50" is glued to the figure: not how codes are written.
      }
      boolean bare = token.equals("$");
      if (bare) {
        Marker code = codeBefore(text, start, floor);
        if (code != null) {
          return new Marker(code.iso(), code.start(), end, false);
        }
      }
      return new Marker(iso, start, end, bare);
    }
    return null;
  }

  /** "USD $45": a code just before a dollar sign says which dollar. */
  private Marker codeBefore(CharSequence text, int dollarStart, int floor) {
    int end = dollarStart;
    if (end - 1 >= floor && AmountReader.isSpace(text.charAt(end - 1))) {
      end--;
    }
    int start = end - 3;
    if (start < floor || (start > 0 && Character.isLetter(text.charAt(start - 1)))) {
      return null;
    }
    String iso = exact.get(text.subSequence(start, end).toString());
    return iso != null && iso.equals(text.subSequence(start, end).toString())
        ? new Marker(iso, start, end, false)
        : null;
  }

  /** A marker starting right after {@code pos} (one space allowed between), or null. */
  Marker after(CharSequence text, int pos, int limit) {
    int start = pos;
    if (start < limit && AmountReader.isSpace(text.charAt(start))) {
      start++;
    }
    if (start >= limit) {
      return null;
    }
    char c0 = text.charAt(start);
    if (Character.isDigit(c0) || Character.isWhitespace(c0) || c0 == '-' || c0 == ',' || c0 == '.') {
      return null;
    }
    int wordEnd = start;
    while (wordEnd < limit && wordEnd - start < 12 && Character.isLetter(text.charAt(wordEnd))) {
      wordEnd++;
    }
    if (wordEnd > start && (wordEnd >= limit || !Character.isLetter(text.charAt(wordEnd)))) {
      String word = text.subSequence(start, wordEnd).toString();
      String iso = exact.get(word);
      if (iso == null) {
        iso = words.get(word.toLowerCase(Locale.ROOT));
      }
      if (iso != null && !word.equals("Rs")) {
        return new Marker(iso, start, wordEnd, false);
      }
    }
    for (int len = Math.min(3, limit - start); len >= 1; len--) {
      String token = text.subSequence(start, start + len).toString();
      String iso = exact.get(token);
      if (iso != null && !Character.isLetter(token.charAt(0))) {
        return new Marker(iso, start, start + len, token.equals("$"));
      }
    }
    return null;
  }
}
