package io.github.jobnorm.normalize;

import java.math.BigDecimal;
import java.util.List;

/**
 * Reads one written number at a position: digit groups with thousands separators by any common
 * convention ({@code 120,000}, {@code 120.000}, {@code 120 000}, {@code 12,00,000}, {@code
 * 1.234,56}, {@code 120'000}), then a multiplier ({@code k}, {@code M}, {@code thousand}, {@code
 * lakh}, {@code Lacs}, {@code Cr}, {@code LPA}) and a percent sign. Every character is looked at a
 * bounded number of times, so reading all numbers of a text is linear in its length.
 */
final class AmountReader {
  private AmountReader() {}

  /** Longest digit count we turn into a number; longer runs are identifiers, never pay. */
  private static final int MAX_DIGITS = 15;

  /** More digit groups than this ("1,1,1,1,1,...") are no number; the run is still consumed. */
  private static final int MAX_GROUPS = 6;

  /** A multiplier word after a number; {@code yearly} marks "LPA" (lakh per annum). */
  enum Multiplier {
    NONE(1, false),
    THOUSAND(1_000, false),
    LAKH(100_000, false),
    LAKH_PER_ANNUM(100_000, true),
    MILLION(1_000_000, false),
    CRORE(10_000_000, false),
    BILLION(1_000_000_000, false);

    final BigDecimal factor;
    final boolean yearly;

    Multiplier(long factor, boolean yearly) {
      this.factor = BigDecimal.valueOf(factor);
      this.yearly = yearly;
    }
  }

  private record Word(String text, Multiplier multiplier, boolean spaceAllowed) {}

  // Longest first within each starting letter; single letters only directly after the digits.
  private static final List<Word> WORDS =
      List.of(
          new Word("thousand", Multiplier.THOUSAND, true),
          new Word("k", Multiplier.THOUSAND, false),
          new Word("K", Multiplier.THOUSAND, false),
          new Word("LPA", Multiplier.LAKH_PER_ANNUM, true),
          new Word("lpa", Multiplier.LAKH_PER_ANNUM, true),
          new Word("lakhs", Multiplier.LAKH, true),
          new Word("lakh", Multiplier.LAKH, true),
          new Word("Lakhs", Multiplier.LAKH, true),
          new Word("Lakh", Multiplier.LAKH, true),
          new Word("lacs", Multiplier.LAKH, true),
          new Word("Lacs", Multiplier.LAKH, true),
          new Word("lac", Multiplier.LAKH, true),
          new Word("Lac", Multiplier.LAKH, true),
          new Word("L", Multiplier.LAKH, false),
          new Word("million", Multiplier.MILLION, true),
          new Word("mil", Multiplier.MILLION, true),
          new Word("mn", Multiplier.MILLION, false),
          new Word("MM", Multiplier.MILLION, false),
          new Word("M", Multiplier.MILLION, false),
          new Word("m", Multiplier.MILLION, false),
          new Word("crores", Multiplier.CRORE, true),
          new Word("crore", Multiplier.CRORE, true),
          new Word("Cr", Multiplier.CRORE, true),
          new Word("cr", Multiplier.CRORE, true),
          new Word("billion", Multiplier.BILLION, true),
          new Word("bn", Multiplier.BILLION, false),
          new Word("B", Multiplier.BILLION, false));

  /**
   * A number read from text.
   *
   * @param value the figure with its multiplier applied, or null when the digits do not form a
   *     number under any convention ({@code 1,1,1})
   * @param start offset of the first digit
   * @param digitsEnd offset after the last digit
   * @param end offset after the multiplier and percent sign, if any
   * @param multiplier the multiplier word, {@code NONE} if none
   * @param percent whether a percent sign follows
   */
  record Amount(
      BigDecimal value, int start, int digitsEnd, int end, Multiplier multiplier, boolean percent) {

    /** The figure without its multiplier. */
    BigDecimal bare() {
      return value == null ? null : value.divide(multiplier.factor);
    }

    Amount withMultiplier(Multiplier m) {
      return new Amount(bare().multiply(m.factor), start, digitsEnd, end, m, percent);
    }
  }

  /** True where a number may start: a digit not glued to a word or another number before it. */
  static boolean startsNumber(CharSequence text, int pos) {
    if (pos >= text.length() || !isDigit(text.charAt(pos))) {
      return false;
    }
    if (pos == 0) {
      return true;
    }
    char prev = text.charAt(pos - 1);
    return !Character.isLetterOrDigit(prev) && !(prev == '.' && pos >= 2 && isDigit(text.charAt(pos - 2)));
  }

  /** Reads the number starting at {@code pos} (which {@link #startsNumber} accepted). */
  static Amount read(CharSequence text, int pos) {
    int[] groups = new int[MAX_GROUPS];
    char[] seps = new char[MAX_GROUPS];
    int count = 0;
    int i = pos;
    int digits = 0;
    while (true) {
      int g = i;
      while (i < text.length() && isDigit(text.charAt(i))) {
        i++;
      }
      digits += i - g;
      if (count < MAX_GROUPS) {
        groups[count] = i - g;
      }
      count++;
      if (i + 1 < text.length() && isSeparator(text.charAt(i)) && isDigit(text.charAt(i + 1))) {
        char sep = text.charAt(i);
        if (isSpace(sep) && !spaceGroupFollows(text, i + 1)) {
          break;
        }
        if (count - 1 < MAX_GROUPS) {
          seps[count - 1] = sep;
        }
        i++;
      } else {
        break;
      }
    }
    int digitsEnd = i;
    BigDecimal value = null;
    if (digits <= MAX_DIGITS && count <= MAX_GROUPS) {
      value = interpret(text, pos, groups, seps, count);
    }
    Multiplier mult = Multiplier.NONE;
    int end = digitsEnd;
    Word word = multiplierAt(text, digitsEnd);
    if (word != null) {
      mult = word.multiplier();
      end = skipSpace(text, digitsEnd, word.spaceAllowed()) + word.text().length();
    }
    boolean percent = false;
    int p = skipSpace(text, end, true);
    if (p < text.length() && text.charAt(p) == '%') {
      percent = true;
      end = p + 1;
    }
    if (value != null) {
      value = value.multiply(mult.factor);
    }
    return new Amount(value, pos, digitsEnd, end, mult, percent);
  }

  private static Word multiplierAt(CharSequence text, int pos) {
    for (Word w : WORDS) {
      int at = skipSpace(text, pos, w.spaceAllowed());
      if (at + w.text().length() > text.length() || !matches(text, at, w.text())) {
        continue;
      }
      int after = at + w.text().length();
      if (after < text.length() && Character.isLetterOrDigit(text.charAt(after))) {
        // "120Kper" is not a multiplier, but "10 Lacs PA" and "120kBenefits" (glued) are.
        char next = text.charAt(after);
        boolean glued = Character.isUpperCase(next) && Character.isLowerCase(w.text().charAt(0));
        if (!glued) {
          continue;
        }
      }
      return w;
    }
    return null;
  }

  /**
   * The value of {@code count} digit groups starting at {@code pos}; {@code seps[k]} stands between
   * group {@code k} and {@code k + 1}. Separators stay {@code char}s: boxed they would compare by
   * identity, and Java caches no Character above U+007F (NBSP, U+2019), so equal ones would differ.
   */
  private static BigDecimal interpret(
      CharSequence text, int pos, int[] groups, char[] seps, int count) {
    String digitsOnly = digitsOf(text, pos, groups, count);
    int n = count - 1;
    if (n == 0) {
      return new BigDecimal(digitsOnly);
    }
    char last = seps[n - 1];
    int lastLen = groups[n];
    boolean mixed = false;
    for (int k = 0; k < n; k++) {
      mixed |= seps[k] != last;
    }
    boolean lastIsDecimal;
    if (mixed) {
      for (int k = 0; k < n - 1; k++) {
        if (seps[k] != seps[0]) {
          return null;
        }
      }
      if (isSpace(last) || last == '\'' || lastLen > 2) {
        return null;
      }
      lastIsDecimal = true;
    } else if (n == 1) {
      lastIsDecimal = (last == '.' || last == ',') && lastLen != 3;
      if (!lastIsDecimal && lastLen != 3) {
        return null;
      }
      if (lastIsDecimal && last == ',' && lastLen > 2) {
        return null;
      }
    } else {
      lastIsDecimal = false;
    }
    int groupCount = lastIsDecimal ? n : n + 1;
    if (!validGrouping(groups, groupCount, seps[0])) {
      return null;
    }
    if (!lastIsDecimal) {
      return new BigDecimal(digitsOnly);
    }
    int intDigits = digitsOnly.length() - lastLen;
    return new BigDecimal(digitsOnly.substring(0, intDigits) + "." + digitsOnly.substring(intDigits));
  }

  /** Groups after the first have three digits, or Indian style: twos, then a final three. */
  private static boolean validGrouping(int[] groups, int count, char sep) {
    if (count <= 1) {
      return groups[0] <= (count == 1 ? MAX_DIGITS : 3);
    }
    if (groups[0] > 3 || groups[count - 1] != 3) {
      return false;
    }
    boolean allThree = true;
    boolean indian = sep == ',' && groups[0] <= 2;
    for (int k = 1; k < count - 1; k++) {
      allThree &= groups[k] == 3;
      indian &= groups[k] == 2;
    }
    return allThree || indian;
  }

  private static String digitsOf(CharSequence text, int pos, int[] groups, int count) {
    StringBuilder sb = new StringBuilder();
    int i = pos;
    for (int k = 0; k < count; k++) {
      sb.append(text, i, i + groups[k]);
      i += groups[k] + 1;
    }
    return sb.toString();
  }

  /** A space separates thousands only before exactly three digits not followed by more. */
  private static boolean spaceGroupFollows(CharSequence text, int i) {
    int j = i;
    while (j < text.length() && isDigit(text.charAt(j)) && j - i < 4) {
      j++;
    }
    return j - i == 3 && (j >= text.length() || !isDigit(text.charAt(j)));
  }

  private static int skipSpace(CharSequence text, int pos, boolean allowed) {
    if (allowed && pos < text.length() && isSpace(text.charAt(pos))) {
      return pos + 1;
    }
    return pos;
  }

  private static boolean matches(CharSequence text, int at, String word) {
    for (int k = 0; k < word.length(); k++) {
      if (text.charAt(at + k) != word.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  static boolean isSpace(char c) {
    return c == ' ' || c == '\u00A0' || c == '\u202F' || c == '\u2009';
  }

  private static boolean isSeparator(char c) {
    return c == ',' || c == '.' || c == '\'' || c == '\u2019' || isSpace(c);
  }
}
