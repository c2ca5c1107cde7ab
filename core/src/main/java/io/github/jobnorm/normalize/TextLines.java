package io.github.jobnorm.normalize;

import java.util.ArrayList;
import java.util.List;

/** Reads plain or markdown-like text into lines: markdown {@code #} headings and {@code **bold**} lines marked. */
final class TextLines {
  private static final String MARKDOWN_PUNCT = "\\`*_{}[]()#+-.!|<>~";

  private TextLines() {}

  static List<Line> read(String text) {
    List<Line> lines = new ArrayList<>();
    String cleaned = TextClean.clean(text);
    int n = cleaned.length();
    int start = 0;
    while (start <= n) {
      int end = cleaned.indexOf('\n', start);
      if (end < 0) {
        end = n;
      }
      lines.add(line(cleaned.substring(start, end).strip()));
      start = end + 1;
    }
    return lines;
  }

  private static Line line(String raw) {
    String t = unescape(raw);
    if (t.isEmpty() || isRule(t)) {
      // a horizontal rule or a setext underline ("-----") separates like a blank line
      return Line.BLANK;
    }
    int hashes = 0;
    while (hashes < t.length() && t.charAt(hashes) == '#') {
      hashes++;
    }
    if (hashes >= 1 && hashes <= 6 && hashes < t.length() && t.charAt(hashes) == ' ') {
      String h = stripTrailing(t.substring(hashes).strip(), '#');
      return h.isEmpty() ? Line.BLANK : new Line(unwrap(h), Line.Hint.HEADING);
    }
    String inner = unwrap(t);
    if (inner != t) {
      return new Line(inner, Line.Hint.BOLD);
    }
    return new Line(t, Line.Hint.PLAIN);
  }

  /** The text of a line that is wholly {@code **bold**} or {@code __bold__} (a colon may follow), else the line itself. */
  private static String unwrap(String t) {
    for (String mark : new String[] {"**", "__"}) {
      String s = t.endsWith(mark + ":") ? t.substring(0, t.length() - 1) : t;
      if (s.length() > 2 * mark.length() && s.startsWith(mark) && s.endsWith(mark)) {
        String inner = s.substring(mark.length(), s.length() - mark.length());
        if (!inner.contains(mark) && !inner.isBlank()) {
          return inner.strip();
        }
      }
    }
    return t;
  }

  /** Markdown backslash escapes ("scikit\\-learn", "bac\\+3", doubled by some exports) removed. */
  private static String unescape(String t) {
    if (t.indexOf('\\') < 0) {
      return t;
    }
    StringBuilder out = new StringBuilder(t.length());
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c == '\\') {
        int j = i;
        while (j < t.length() && t.charAt(j) == '\\') {
          j++;
        }
        if (j < t.length() && MARKDOWN_PUNCT.indexOf(t.charAt(j)) >= 0) {
          i = j - 1;
          continue;
        }
      }
      out.append(c);
    }
    return out.toString();
  }

  private static boolean isRule(String t) {
    if (t.length() < 3) {
      return false;
    }
    char c = t.charAt(0);
    if (c != '-' && c != '=' && c != '_' && c != '*') {
      return false;
    }
    for (int i = 0; i < t.length(); i++) {
      if (t.charAt(i) != c && t.charAt(i) != ' ') {
        return false;
      }
    }
    return true;
  }

  private static String stripTrailing(String s, char c) {
    int n = s.length();
    while (n > 0 && s.charAt(n - 1) == c) {
      n--;
    }
    return s.substring(0, n).strip();
  }
}
