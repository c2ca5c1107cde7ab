package io.github.jobnorm.normalize;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Folds words to lookup keys, so that "São Paulo", "SAO PAULO" and "Sao-Paulo" meet. */
final class Fold {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  private Fold() {}

  /**
   * Lower case without accents; every run of characters that is not a letter or digit becomes
   * one space. Apostrophes vanish so that "Be'er Sheva" and "Beer Sheva" meet.
   */
  static String key(CharSequence text) {
    String s = stripMarks(text.toString()).toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        if (space && out.length() > 0) {
          out.append(' ');
        }
        out.append(c);
        space = false;
      } else if (c == '&') {
        // "Perth & Kinross" is "Perth and Kinross".
        out.append(out.length() > 0 ? " and" : "and");
        space = true;
      } else if (c != '\'' && c != '\u2019' && c != '.') {
        space = true;
      }
    }
    return out.toString();
  }

  /** Letters and digits only, lower case, without accents: "Full-time" and "FULL_TIME" meet. */
  static String compact(CharSequence text) {
    String s = stripMarks(text.toString()).toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * Lower case char by char, so that offsets into the result are offsets into the original:
   * matching lower-case expressions on it is much cheaper than case-insensitive matching.
   */
  static String lowerSameLength(CharSequence text) {
    char[] out = new char[text.length()];
    for (int i = 0; i < out.length; i++) {
      out[i] = Character.toLowerCase(text.charAt(i));
    }
    return new String(out);
  }

  /** Whitespace runs as one space, ends trimmed: {@link TextClean#collapse}. */
  static String collapse(String text) {
    return TextClean.collapse(text);
  }

  private static String stripMarks(String s) {
    boolean ascii = true;
    for (int i = 0; i < s.length() && ascii; i++) {
      ascii = s.charAt(i) < 128;
    }
    if (ascii) {
      return s;
    }
    String decomposed = Normalizer.normalize(s, Normalizer.Form.NFD);
    return MARKS.matcher(decomposed).replaceAll("").replace('ß', 's').replace('ø', 'o')
        .replace('Ø', 'O').replace('ł', 'l').replace('Ł', 'L').replace('ı', 'i');
  }
}
