package io.github.jobnorm.normalize;

import io.github.jobnorm.model.WorkplaceType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The shapes of a location string around its place names: several places in one string, a
 * workplace word before or after the place ("Hybrid - London", "New York, NY (Hybrid)", "Remote -
 * US"), remote scopes ("Anywhere"), postal codes, and filler parts ("Multiple Locations").
 */
final class LocationShapes {

  /** One place entry of a string, with the workplace word found around it, if any. */
  record Entry(String raw, String place, WorkplaceType workplace, boolean remoteScope) {}

  private static final Pattern SEPARATORS =
      Pattern.compile("\\s*[;|\u2022\u00b7]\\s*|\\s*/\\s*|\\s+or\\s+");
  private static final String WORKPLACE =
      "(fully remote|100% remote|remote|hybrid|on-?site|in[- ]office|in[- ]person|wfh"
          + "|work from home|telecommute)";
  private static final Pattern PREFIX = Pattern.compile(
      "^\\(?" + WORKPLACE + "(?: (?:eligible|first|friendly|only|possible|available))?\\)?"
          + "(?:\\s*[-\u2013\u2014:,(]\\s*|\\s+(?:in|from|within|based in|-)\\s+|\\s+|$)",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern SUFFIX = Pattern.compile(
      "(?:\\s*[-\u2013\u2014,(\\[]\\s*|\\s+)\\(?" + WORKPLACE
          + "(?: (?:eligible|first|friendly|only|possible|available|ok))?[)\\]]?$",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern ANYWHERE = Pattern.compile(
      "^(?:anywhere|worldwide|global(?:ly)?|international|any location|location flexible"
          + "|flexible)\\b(?:\\s*(?:in|within|[-\u2013:,(])\\s*(?:the\\s+)?)?",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern FILLER = Pattern.compile(
      "(?:multiple|various|several|many|other) (?:locations?|cities|sites|offices)|various"
          + "|\\+ ?\\d{1,3} (?:more|locations?|other locations?)|\\d{1,3} locations?"
          + "|throughout|nationwide|n/a|none|null|not specified|tbd|-",
      Pattern.CASE_INSENSITIVE);

  private static final Pattern TRAILING_CODE = Pattern.compile("(?<=\\p{L})\\s+([A-Z]{2,3})$");

  /** "Pune(Kothrud)", "Wrecsam (Wrexham)": a district or other name in parentheses. */
  private static final Pattern PARENTHESES = Pattern.compile("\\s?\\([^()]{0,80}\\)");
  private static final Pattern NATIONWIDE =
      Pattern.compile("\\s(?:nationwide|wide|all areas)$", Pattern.CASE_INSENSITIVE);

  private LocationShapes() {}

  /** The place entries of a location string, in order. */
  static List<Entry> entries(String raw) {
    List<Entry> entries = new ArrayList<>();
    for (String piece : SEPARATORS.split(raw)) {
      String words = piece.strip();
      if (!words.isEmpty()) {
        entries.add(entry(words));
      }
    }
    return entries;
  }

  private static Entry entry(String words) {
    WorkplaceType workplace = null;
    boolean scope = false;
    String place = words;
    Matcher prefix = PREFIX.matcher(place);
    if (prefix.find()) {
      workplace = workplace(prefix.group(1));
      place = place.substring(prefix.end());
    } else {
      Matcher suffix = SUFFIX.matcher(place);
      if (suffix.find()) {
        workplace = workplace(suffix.group(1));
        place = place.substring(0, suffix.start());
      }
    }
    Matcher anywhere = ANYWHERE.matcher(place);
    if (anywhere.find()) {
      scope = true;
      workplace = WorkplaceType.REMOTE;
      place = place.substring(anywhere.end());
    }
    place = trimPunctuation(place);
    if (workplace == WorkplaceType.REMOTE) {
      scope = true;
    }
    return new Entry(words, place, workplace, scope);
  }

  /** The comma-separated parts of a place, without fillers, repeats and postal codes. */
  static List<String> parts(String place) {
    List<String> parts = new ArrayList<>();
    for (String p : place.split("\\s*,\\s*")) {
      // collapsed: the spaces left where parentheses were would make the later patterns quadratic
      String part = trimPunctuation(PostalCodes.strip(TextClean.collapse(PARENTHESES.matcher(p).replaceAll(" "))));
      part = NATIONWIDE.matcher(part).replaceFirst("");
      if (part.isEmpty() || FILLER.matcher(part).matches()) {
        continue;
      }
      if (part.toLowerCase(Locale.ROOT).startsWith("throughout ")) {
        part = part.substring("throughout ".length());
      }
      Matcher code = TRAILING_CODE.matcher(part);
      String tail = null;
      if (code.find()) {
        // "Mascot NSW", "Washington DC": a region code written without its comma.
        tail = code.group(1);
        part = part.substring(0, code.start());
      }
      addPart(parts, part);
      if (tail != null) {
        addPart(parts, tail);
      }
    }
    return parts;
  }

  private static void addPart(List<String> parts, String part) {
    if (parts.isEmpty() || !Fold.key(parts.get(parts.size() - 1)).equals(Fold.key(part))) {
      parts.add(part);
    }
  }

  /** Every word {@link #WORKPLACE} matches has its row in {@code labels.tsv}. */
  private static WorkplaceType workplace(String word) {
    return Labels.lookup("workplace", word).map(WorkplaceType::valueOf)
        .orElseThrow(() -> new IllegalStateException("labels.tsv lacks workplace " + word));
  }

  private static String trimPunctuation(String s) {
    int start = 0;
    int end = s.length();
    while (start < end && isTrim(s.charAt(start))) {
      start++;
    }
    while (end > start && isTrim(s.charAt(end - 1))) {
      end--;
    }
    String out = s.substring(start, end);
    if (out.endsWith(")") && out.indexOf('(') < 0) {
      out = out.substring(0, out.length() - 1).strip();
    }
    if (out.startsWith("(") && out.indexOf(')') < 0) {
      out = out.substring(1).strip();
    }
    return out;
  }

  private static boolean isTrim(char c) {
    return Character.isWhitespace(c) || c == '-' || c == '\u2013' || c == '\u2014' || c == ':'
        || c == ',' || c == '*';
  }
}
