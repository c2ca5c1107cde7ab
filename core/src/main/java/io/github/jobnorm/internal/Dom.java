package io.github.jobnorm.internal;

import org.jsoup.nodes.Element;

/**
 * Small null-tolerant readers over a jsoup tree, shared by the HTML source parsers. Every method
 * returns null rather than an empty string, so that "absent" has one spelling.
 */
public final class Dom {
  private Dom() {}

  /** The element's text with white space collapsed, or null when it has none. */
  public static String text(Element element) {
    if (element == null) {
      return null;
    }
    String t = element.text().strip();
    return t.isEmpty() ? null : t;
  }

  /** The collapsed text of the first element under {@code root} matching {@code css}, or null. */
  public static String firstText(Element root, String css) {
    return root == null ? null : text(root.selectFirst(css));
  }

  /** An attribute's trimmed value, or null when missing or blank. */
  public static String attr(Element element, String name) {
    if (element == null || !element.hasAttr(name)) {
      return null;
    }
    String v = element.attr(name).strip();
    return v.isEmpty() ? null : v;
  }

  /** The first matching element's attribute, or null. */
  public static String firstAttr(Element root, String css, String name) {
    return root == null ? null : attr(root.selectFirst(css), name);
  }

  /** The first non-null of the values, or null. */
  @SafeVarargs
  public static <T> T firstNonNull(T... values) {
    for (T v : values) {
      if (v != null) {
        return v;
      }
    }
    return null;
  }
}
