package io.github.jobnorm.normalize;

import java.util.Optional;

/**
 * Finds a title or a company in body text from strong cues only: "As a Research Scientist
 * Intern, you will" and "At Toyota Research Institute (TRI), we". Weak cues give nothing: a
 * missing title is better than a wrong one. Each search is a single forward scan.
 */
public final class TitleInference {
  private static final int MAX_NAME = 80;

  private TitleInference() {}

  /** The title in "As a(n) TITLE, you will/you'll ...", or empty. */
  public static Optional<Found<String>> title(CharSequence text) {
    String s = text.toString();
    for (int from = 0; ; ) {
      int at = s.indexOf("As a", from);
      if (at < 0) {
        return Optional.empty();
      }
      from = at + 4;
      if (!startsSentence(s, at)) {
        continue;
      }
      int nameStart = s.startsWith("As an ", at) ? at + 6 : s.startsWith("As a ", at) ? at + 5 : -1;
      if (nameStart < 0) {
        continue;
      }
      Optional<Found<String>> name = nameBefore(s, nameStart, ", you", ", You");
      if (name.isPresent()) {
        int after = name.get().end() + 5;
        if (s.startsWith(" will", after) || s.startsWith("'ll", after)
            || s.startsWith("\u2019ll", after)) {
          return name;
        }
      }
    }
  }

  /** The company in "At COMPANY (ABBR), we ...", without the abbreviation, or empty. */
  public static Optional<Found<String>> company(CharSequence text) {
    String s = text.toString();
    for (int from = 0; ; ) {
      int at = s.indexOf("At ", from);
      if (at < 0) {
        return Optional.empty();
      }
      from = at + 3;
      if (!startsSentence(s, at)) {
        continue;
      }
      Optional<Found<String>> name = nameBefore(s, at + 3, ", we", ", We");
      if (name.isPresent()) {
        Found<String> f = name.get();
        String value = f.value();
        int paren = value.indexOf(" (");
        if (paren > 0 && value.endsWith(")")) {
          value = value.substring(0, paren);
        }
        if (isProperName(value)) {
          return Optional.of(new Found<>(value, f.text(), f.start(), f.end()));
        }
      }
    }
  }

  private static Optional<Found<String>> nameBefore(String s, int start, String... ends) {
    int limit = Math.min(s.length(), start + MAX_NAME);
    for (int i = start; i < limit; i++) {
      char c = s.charAt(i);
      if (c == '\n' || c == '.' && i + 1 < s.length() && s.charAt(i + 1) == ' ') {
        return Optional.empty();
      }
      for (String end : ends) {
        if (s.startsWith(end, i)) {
          String name = s.substring(start, i).strip();
          return isProperName(name) || name.endsWith(")")
              ? Optional.of(new Found<>(name, name, start, i))
              : Optional.empty();
        }
      }
    }
    return Optional.empty();
  }

  /** Every word capitalized, apart from short joiners: "Research Scientist Intern". */
  private static boolean isProperName(String name) {
    if (name.isEmpty() || !Character.isUpperCase(name.charAt(0))) {
      return false;
    }
    for (String word : name.split("[\\s/]+")) {
      if (word.isEmpty()) {
        continue;
      }
      char first = word.charAt(0);
      boolean joiner = word.length() <= 3 || word.equals("with") || word.equals("and");
      if (!Character.isUpperCase(first) && !Character.isDigit(first) && first != '('
          && first != '&' && !joiner) {
        return false;
      }
    }
    return true;
  }

  private static boolean startsSentence(String s, int at) {
    int i = at - 1;
    while (i >= 0 && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
      i--;
    }
    if (i < 0) {
      return true;
    }
    char c = s.charAt(i);
    return c == '\n' || c == '.' || c == '!' || c == '?' || c == ':' || c == '#';
  }
}
