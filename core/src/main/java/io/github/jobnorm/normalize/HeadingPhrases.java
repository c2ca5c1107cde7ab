package io.github.jobnorm.normalize;

import io.github.jobnorm.model.SectionKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The known heading phrases of each section kind, read from {@code section-headings.txt}: classifies
 * a heading, and finds headings glued into text whose newlines were lost.
 */
final class HeadingPhrases {

  /**
   * One known phrase.
   *
   * @param phrase normalized: lower case, straight apostrophes, "&amp;" as "and"
   * @param kind the kind of section it heads
   * @param exactOnly when true the phrase must be the whole heading ("Position", "Team")
   */
  record Phrase(String phrase, SectionKind kind, boolean exactOnly) {}

  static final String RESOURCE = "section-headings.txt";
  private static final HeadingPhrases INSTANCE = load();

  private final List<Phrase> phrases;
  private final Map<String, Phrase> exact = new HashMap<>();
  /** Phrases by their first two characters, longest first, for the glued-heading scan. */
  private final Map<String, List<Phrase>> byPrefix = new HashMap<>();

  HeadingPhrases(List<Phrase> phrases) {
    this.phrases = List.copyOf(phrases);
    for (Phrase p : phrases) {
      exact.putIfAbsent(p.phrase(), p);
      if (p.phrase().length() >= 2) {
        byPrefix.computeIfAbsent(p.phrase().substring(0, 2), k -> new ArrayList<>()).add(p);
      }
    }
    byPrefix.values().forEach(l -> l.sort((a, b) -> b.phrase().length() - a.phrase().length()));
  }

  static HeadingPhrases get() {
    return INSTANCE;
  }

  private static HeadingPhrases load() {
    List<Phrase> list = new ArrayList<>();
    for (RuleFile.Rule r : RuleFile.read(RESOURCE)) {
      String v = r.value();
      boolean exactOnly = v.startsWith("=");
      list.add(new Phrase(normalize(exactOnly ? v.substring(1) : v), SectionKind.valueOf(r.key()), exactOnly));
    }
    return new HeadingPhrases(list);
  }

  /** Lower case, straight quotes, "&amp;" as "and", no markup or edge punctuation, single spaces. */
  static String normalize(String heading) {
    String s = heading.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('\u2018', '\'');
    s = s.replace("&", " and ").replace('*', ' ').replace('_', ' ');
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean keep = Character.isLetterOrDigit(c) || c == '\'' || c == '-' || c == '/' || c == '(' || c == ')';
      char w = keep ? c : ' ';
      if (w == ' ' && (out.length() == 0 || out.charAt(out.length() - 1) == ' ')) {
        continue;
      }
      out.append(w);
    }
    String r = out.toString().strip();
    while (!r.isEmpty() && !Character.isLetterOrDigit(r.charAt(r.length() - 1)) && r.charAt(r.length() - 1) != ')') {
      r = r.substring(0, r.length() - 1).strip();
    }
    return r;
  }

  /** The kind a heading names, or null when no known phrase is in it. */
  SectionKind classify(String heading) {
    String h = normalize(heading);
    if (h.isEmpty()) {
      return null;
    }
    Phrase whole = exact.get(h);
    if (whole != null) {
      return whole.kind();
    }
    // The earliest phrase in the heading names it ("Benefits and Compensation"); among phrases
    // starting at the same place the longest wins ("Preferred qualifications" over "Preferred").
    Phrase best = null;
    int bestAt = Integer.MAX_VALUE;
    boolean preferredSeen = false;
    for (Phrase p : phrases) {
      if (p.exactOnly()) {
        continue;
      }
      int at = indexOfWord(h, p.phrase());
      if (at < 0) {
        continue;
      }
      preferredSeen |= p.kind() == SectionKind.PREFERRED_QUALIFICATIONS;
      if (at < bestAt || (at == bestAt && p.phrase().length() > best.phrase().length())) {
        best = p;
        bestAt = at;
      }
    }
    if (best == null) {
      return null;
    }
    // "Qualifications (nice to have)": the optional marker decides.
    if (best.kind() == SectionKind.QUALIFICATIONS && preferredSeen) {
      return SectionKind.PREFERRED_QUALIFICATIONS;
    }
    return best.kind();
  }

  /** Whether the whole heading is a known phrase. */
  boolean isKnown(String heading) {
    return exact.containsKey(normalize(heading));
  }

  /**
   * The longest known phrase that starts at {@code at} in {@code text}, ignoring case, or null.
   * Only phrases usable inside running text (not exact-only ones) are tried.
   */
  Phrase phraseAt(CharSequence text, int at) {
    if (at + 2 > text.length()) {
      return null;
    }
    String key = ("" + text.charAt(at) + text.charAt(at + 1)).toLowerCase(Locale.ROOT);
    List<Phrase> candidates = byPrefix.get(key);
    if (candidates == null) {
      return null;
    }
    for (Phrase p : candidates) {
      if (!p.exactOnly() && regionMatches(text, at, p.phrase())) {
        return p;
      }
    }
    return null;
  }

  private static boolean regionMatches(CharSequence text, int at, String phrase) {
    if (at + phrase.length() > text.length()) {
      return false;
    }
    for (int i = 0; i < phrase.length(); i++) {
      char c = Character.toLowerCase(text.charAt(at + i));
      if (c == '\u2019') {
        c = '\'';
      }
      if (c != phrase.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /** Index of {@code phrase} in {@code h} at word boundaries, or -1. */
  static int indexOfWord(String h, String phrase) {
    int from = 0;
    while (true) {
      int i = h.indexOf(phrase, from);
      if (i < 0) {
        return -1;
      }
      int end = i + phrase.length();
      boolean startOk = i == 0 || !Character.isLetterOrDigit(h.charAt(i - 1));
      boolean endOk = end == h.length() || !Character.isLetterOrDigit(h.charAt(end));
      if (startOk && endOk) {
        return i;
      }
      from = i + 1;
    }
  }
}
