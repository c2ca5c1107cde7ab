package io.github.jobnorm.normalize;

import io.github.jobnorm.normalize.PayGrammar.Shape;
import java.util.Locale;
import java.util.Set;

/**
 * The scope a posting ties a pay range to, verbatim: a label before it ({@code "NYC: $X - $Y"},
 * {@code "Level II: $X"}) or a "for ..." phrase after it ({@code "$X - $Y for California-based
 * roles"}). Only phrases that name a place, a basis or a proper name count; "for this role" does
 * not.
 */
final class Scope {

  private static final int MAX_LENGTH = 60;
  private static final int MAX_LABEL = 40;
  private static final Set<String> NOT_SCOPE_STARTS =
      Set.of(
          "the", "this", "that", "these", "a", "an", "our", "your", "you", "each", "every", "its",
          "their", "his", "her", "new", "most", "more", "up", "qualified", "experienced", "full-time",
          "part-time", "first", "employees", "hours", "work");

  private static final Set<String> NOT_LABEL_WORDS =
      Set.of("we", "you", "our", "your", "us", "what", "how", "why", "offer", "offers", "is",
          "are", "will", "get");

  private final CharSequence text;
  private final PayWords words;

  Scope(CharSequence text, PayWords words) {
    this.text = text;
    this.words = words;
  }

  /** The scope of this range, or null. */
  String appliesTo(Shape shape, int clauseStart) {
    String after = forPhraseAfter(shape.end());
    return after != null ? after : labelBefore(clauseStart, shape.start());
  }

  private String forPhraseAfter(int end) {
    int p = end;
    int limit = Math.min(text.length(), end + 6);
    while (p < limit && (Character.isWhitespace(text.charAt(p)) || text.charAt(p) == ',')) {
      p++;
    }
    if (!PhraseSet.regionMatchesIgnoreCase(text, p, "for ")) {
      return null;
    }
    int from = p + 4;
    int stop = Math.min(text.length(), from + MAX_LENGTH + 1);
    int q = from;
    while (q < stop && !isPhraseEnd(text.charAt(q))) {
      q++;
    }
    if (q - from > MAX_LENGTH || q == from) {
      return null;
    }
    String phrase = TextClean.collapse(text.subSequence(from, q));
    return isScope(phrase) ? phrase : null;
  }

  private static boolean isScope(String phrase) {
    if (phrase.isEmpty() || phrase.indexOf('$') >= 0) {
      return false;
    }
    String lower = phrase.toLowerCase(Locale.ROOT);
    String first = lower.split(" ", 2)[0];
    if (NOT_SCOPE_STARTS.contains(first)) {
      return false;
    }
    return Character.isUpperCase(phrase.charAt(0))
        || lower.contains("-based")
        || lower.contains("based in")
        || lower.contains("located")
        || lower.contains("residing")
        || lower.contains(" in ");
  }

  private String labelBefore(int clauseStart, int start) {
    int a = clauseStart;
    while (a < start && (Character.isWhitespace(text.charAt(a)) || Bullets.isGlyph(text.charAt(a)))) {
      a++;
    }
    int b = start;
    while (b > a && Character.isWhitespace(text.charAt(b - 1))) {
      b--;
    }
    if (b <= a || text.charAt(b - 1) != ':') {
      return null;
    }
    String label = TextClean.collapse(text.subSequence(a, b - 1));
    if (label.isEmpty()
        || label.length() > MAX_LABEL
        || label.indexOf(':') >= 0
        || !Character.isUpperCase(label.charAt(0)) && !Character.isDigit(label.charAt(0))
        || label.split(" ").length > 5) {
      return null;
    }
    for (String w : label.toLowerCase(Locale.ROOT).split(" ")) {
      if (NOT_LABEL_WORDS.contains(w)) {
        return null; // "How we invest in YOU:" is a heading that talks, not a scope
      }
    }
    int len = label.length();
    if (words.payCues.first(label, 0, len) != null
        || words.kinds.first(label, 0, len) != null
        || words.periodLeads.first(label, 0, len) != null
        || words.rangeWords.first(label, 0, len) != null) {
      return null;
    }
    return label;
  }

  private static boolean isPhraseEnd(char c) {
    return c == ',' || c == ';' || c == '.' || c == '\n' || c == '(' || c == ')' || c == ':'
        || c == '!' || c == '?';
  }

  /** True where a clause ends: sentence and list punctuation, line breaks. */
  static boolean isBoundary(CharSequence text, int i) {
    char c = text.charAt(i);
    if (c == ';' || c == '!' || c == '?' || c == '\n' || c == '\u2022' || c == '|') {
      return true;
    }
    if (c == '.') {
      return i + 1 >= text.length()
          || Character.isWhitespace(text.charAt(i + 1))
          || Character.isUpperCase(text.charAt(i + 1));
    }
    return false;
  }
}
