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
  private static final int MIN_OPENING_PHRASE = 8;
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
    // apostrophes are dropped: exports often lose them ("What Youll Do")
    String s = heading.toLowerCase(Locale.ROOT).replace("\u2019", "").replace("\u2018", "").replace("'", "");
    s = s.replace("&", " and ").replace('*', ' ').replace('_', ' ');
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean keep = Character.isLetterOrDigit(c) || c == '-' || c == '/' || c == '(' || c == ')';
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

  /** Whether a phrase of the kind is in the heading ("Key Requirements and Responsibilities" names both). */
  boolean names(String heading, SectionKind kind) {
    String h = normalize(heading);
    for (Phrase p : phrases) {
      if (p.kind() == kind && !p.exactOnly() && indexOfWord(h, p.phrase()) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** The kind of a known phrase of eight characters or more that opens the text, or null. */
  SectionKind openingKind(String text) {
    int end = phraseEnd(text, 0);
    if (end < MIN_OPENING_PHRASE) {
      return null;
    }
    return classify(text.substring(0, end));
  }

  /** Whether the whole heading is a known phrase. */
  boolean isKnown(String heading) {
    return exact.containsKey(normalize(heading));
  }

  /**
   * The end of the longest known phrase that starts at {@code at} in {@code text}, ignoring case and
   * apostrophes, or -1. Only phrases usable inside running text (not exact-only ones) are tried.
   */
  int phraseEnd(CharSequence text, int at) {
    if (at + 2 > text.length()) {
      return -1;
    }
    String key = ("" + text.charAt(at) + text.charAt(at + 1)).toLowerCase(Locale.ROOT);
    List<Phrase> candidates = byPrefix.get(key);
    if (candidates == null) {
      return -1;
    }
    for (Phrase p : candidates) {
      int end = p.exactOnly() ? -1 : matchEnd(text, at, p.phrase());
      if (end >= 0) {
        return end;
      }
    }
    return -1;
  }

  /** The end of {@code phrase} matched at {@code at}, skipping apostrophes in the text, or -1. */
  private static int matchEnd(CharSequence text, int at, String phrase) {
    int j = at;
    for (int i = 0; i < phrase.length(); i++) {
      while (j < text.length() && isApostrophe(text.charAt(j))) {
        j++;
      }
      // "Compensation & Benefits" for the phrase "compensation and benefits"
      if (phrase.startsWith(" and ", i) && text.length() > j + 2 && text.charAt(j) == ' ' && text.charAt(j + 1) == '&') {
        j += 2;
        i += 3;
        continue;
      }
      if (j >= text.length() || Character.toLowerCase(text.charAt(j)) != phrase.charAt(i)) {
        return -1;
      }
      j++;
    }
    // a capital or a digit glued after the phrase starts the next word: "QualificationsExperience",
    // "Qualifications8+ years"
    boolean wordEnds = j == text.length() || !Character.isLetter(text.charAt(j))
        || Character.isUpperCase(text.charAt(j));
    return wordEnds ? j : -1;
  }

  private static boolean isApostrophe(char c) {
    return c == '\'' || c == '\u2019' || c == '\u2018';
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
