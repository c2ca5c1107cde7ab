package io.github.jobnorm.internal;

import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.parser.Parser;
import org.jsoup.parser.Tag;

/** Tells markup from text, and undoes the entity-escaping feeds put on HTML. */
public final class Markup {
  /** No HTML element's name is longer; a longer run of letters is a word. */
  private static final int MAX_TAG_NAME = 12;

  private Markup() {}

  /** Whether the text holds at least one tag: {@code <} then a letter or {@code /}. */
  public static boolean looksLikeMarkup(String s) {
    for (int i = s.indexOf('<'); i >= 0 && i + 1 < s.length(); i = s.indexOf('<', i + 1)) {
      char c = s.charAt(i + 1);
      if (Character.isLetter(c) || c == '/') {
        return true;
      }
    }
    return false;
  }

  /**
   * HTML that a feed entity-escaped once or twice ({@code &lt;p&gt;}, Greenhouse's {@code
   * content}, some JSON-LD descriptions) back to markup; text with real tags is left alone. NUL
   * characters are dropped.
   */
  public static String unescapeMarkup(String s) {
    // An HTML parser drops NUL from text, so "<" NUL "/b>" would read as the text "</b>": a tag
    // made by the parse. NUL is no content of a description; dropped first, the tag is a tag.
    String t = withoutNul(s);
    for (int i = 0; i < 2 && (t.contains("&lt;") || t.contains("&amp;lt;")) && !looksLikeMarkup(t); i++) {
      t = Parser.unescapeEntities(t, false);
    }
    return t;
  }

  /**
   * Entities in a short value such as a title ({@code R&amp;D}) decoded; null stays null. A value
   * that holds tags of HTML elements, escaped ({@code Nurse&lt;/b&gt;}) or not ({@code
   * <b>Nurse</b> &amp; Carer}, {@code Nurse</p>}), is markup: its text is kept and the tags
   * dropped. Angle brackets around other words ({@code Developer <Remote>}) are text. NUL characters are
   * dropped, as from a description ({@link #unescapeMarkup}).
   */
  public static String unescape(String s) {
    if (s == null) {
      return null;
    }
    String v = withoutNul(s);
    String t = v.indexOf('&') < 0 ? v : Parser.unescapeEntities(v, false);
    if (holdsKnownTag(t)) {
      t = Jsoup.parseBodyFragment(t).text();
    }
    return t;
  }

  /**
   * Whether a short value holds a tag of a known HTML element ({@code <b>}, {@code </p>}); "Data
   * Engineer <Remote>" or "<3 years>" are words, and must not be parsed away as markup.
   */
  static boolean holdsKnownTag(String s) {
    for (int i = s.indexOf('<'); i >= 0; i = s.indexOf('<', i + 1)) {
      int start = i + 1 < s.length() && s.charAt(i + 1) == '/' ? i + 2 : i + 1;
      int end = start;
      while (end < s.length() && end - start < MAX_TAG_NAME
          && Character.isLetterOrDigit(s.charAt(end))) {
        end++;
      }
      if (end > start && (end == s.length() || !Character.isLetterOrDigit(s.charAt(end)))
          && Tag.isKnownTag(s.substring(start, end).toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  private static String withoutNul(String s) {
    return s.replace("\0", "");
  }

  /** Text made safe to put between tags: only {@code &}, {@code <} and {@code >} escaped. */
  public static String escapeText(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
