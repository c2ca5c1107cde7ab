package io.github.jobnorm.internal;

import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.parser.Parser;
import org.jsoup.parser.Tag;

/** Tells markup from text, and undoes the entity-escaping feeds put on HTML. */
public final class Markup {
  /** No HTML element's name is longer; a longer run of letters is a word, read once. */
  private static final int MAX_TAG_NAME = 12;

  private Markup() {}

  /**
   * Whether the text holds a tag of a known HTML element, closed by its {@code >}: {@code <p>},
   * {@code </b>}, {@code <br/>}, {@code <li class="x">}. "Use <T> generics", "a<b and List<T>",
   * "Salary <50k" and "Data Engineer <Remote>" hold none, and stay text. Linear on any input:
   * a candidate's scan for its {@code >} stops at the next {@code <}, where the next one starts.
   */
  public static boolean looksLikeMarkup(String s) {
    int n = s.length();
    for (int lt = s.indexOf('<'); lt >= 0; lt = s.indexOf('<', lt + 1)) {
      int i = lt + 1 < n && s.charAt(lt + 1) == '/' ? lt + 2 : lt + 1;
      int nameStart = i;
      while (i < n && i - nameStart < MAX_TAG_NAME && Character.isLetterOrDigit(s.charAt(i))) {
        i++;
      }
      if (i == nameStart || i >= n
          || !Tag.isKnownTag(s.substring(nameStart, i).toLowerCase(Locale.ROOT))) {
        continue;
      }
      char c = s.charAt(i);
      if (c == '>' || (c == '/' && i + 1 < n && s.charAt(i + 1) == '>')
          || (Character.isWhitespace(c) && closes(s, i))) {
        return true;
      }
    }
    return false;
  }

  /** Whether a {@code >} ends the tag's attributes before any other {@code <}. */
  private static boolean closes(String s, int from) {
    for (int j = from; j < s.length(); j++) {
      char c = s.charAt(j);
      if (c == '>') {
        return true;
      }
      if (c == '<') {
        return false;
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
    if (looksLikeMarkup(t)) {
      t = Jsoup.parseBodyFragment(t).text();
    }
    return t;
  }

  private static String withoutNul(String s) {
    return s.replace("\0", "");
  }

  /** Text made safe to put between tags: only {@code &}, {@code <} and {@code >} escaped. */
  public static String escapeText(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
