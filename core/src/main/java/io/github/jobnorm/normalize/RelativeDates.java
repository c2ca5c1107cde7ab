package io.github.jobnorm.normalize;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Relative posting dates: "3 days ago", "2 weeks ago", "30+ days ago", "Just posted", "vor 3
 * Tagen", "il y a 2 jours", "2 dagen geleden". "30+ days ago" resolves to 30 days before the
 * reference: the most recent date it can mean.
 */
final class RelativeDates {
  /** A match: the amount, its unit, and where its words are. */
  record Match(int amount, String unit, int start, int end) {}

  private static final String NUMBER = "(\\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten"
      + "|einem|einer|zwei|drei|vier|f\\u00fcnf|sechs|un|une|deux|trois|quatre|cinq|een|twee)";
  private static final Pattern ENGLISH = Pattern.compile(
      "\\b" + NUMBER + "\\+? ?(minutes?|mins?|hours?|hrs?|h|days?|d|weeks?|wks?|w|months?|mos?"
          + "|years?|yrs?|y)\\+? ago\\b");
  private static final Pattern GERMAN = Pattern.compile(
      "\\bvor (?:mehr als |über )?" + NUMBER
          + " (minuten|minute|stunden|stunde|tagen|tag|wochen|woche|monaten|monat|jahren|jahr)\\b");
  private static final Pattern FRENCH = Pattern.compile(
      "\\bil y a (?:plus de )?" + NUMBER
          + " (minutes?|heures?|jours?|semaines?|mois|ans?)\\b");
  private static final Pattern DUTCH = Pattern.compile(
      "\\b" + NUMBER + "\\+? (minuten|minuut|uur|dagen|dag|weken|week|maanden|maand|jaar) geleden\\b");
  private static final Pattern TODAY = Pattern.compile(
      "\\b(just posted|just now|posted today|today|heute|aujourd'hui|aujourd\u2019hui|vandaag"
          + "|yesterday|gestern|hier|gisteren)\\b");


  private RelativeDates() {}

  /** The first relative date in a short text, or null. Expressions run on lower-cased text. */
  static Match find(CharSequence original) {
    String text = Fold.lowerSameLength(original);
    Match best = null;
    for (Pattern p : new Pattern[] {ENGLISH, GERMAN, FRENCH, DUTCH}) {
      Matcher m = p.matcher(text);
      if (m.find() && (best == null || m.start() < best.start())) {
        Integer n = NumberWords.value(m.group(1));
        String unit = unit(m.group(2));
        if (n != null && unit != null) {
          best = new Match(n, unit, m.start(), m.end());
        }
      }
    }
    Matcher today = TODAY.matcher(text);
    if (today.find() && (best == null || today.start() < best.start())) {
      String word = Fold.key(today.group(1));
      boolean yesterday = word.equals("yesterday") || word.equals("gestern") || word.equals("hier")
          || word.equals("gisteren");
      best = new Match(yesterday ? 1 : 0, "d", today.start(), today.end());
    }
    return best;
  }

  /** The calendar date (UTC) that a match means, seen from the reference instant. */
  static LocalDate resolve(Match m, Instant reference) {
    LocalDate day = reference.atOffset(ZoneOffset.UTC).toLocalDate();
    return switch (m.unit()) {
      case "min" -> reference.minus(Duration.ofMinutes(m.amount())).atOffset(ZoneOffset.UTC)
          .toLocalDate();
      case "h" -> reference.minus(Duration.ofHours(m.amount())).atOffset(ZoneOffset.UTC)
          .toLocalDate();
      case "d" -> day.minusDays(m.amount());
      case "w" -> day.minusWeeks(m.amount());
      case "m" -> day.minusMonths(m.amount());
      default -> day.minusYears(m.amount());
    };
  }


  /** The unit of a unit word in any of the languages: min, h, d, w, m or y. */
  private static String unit(String word) {
    String w = Fold.key(word);
    if (w.startsWith("min")) {
      return "min";
    }
    if (w.startsWith("h") || w.startsWith("stund") || w.equals("uur")) {
      return "h";
    }
    if (w.startsWith("d") || w.startsWith("tag") || w.startsWith("jour")) {
      return "d";
    }
    if (w.startsWith("w") || w.startsWith("semaine")) {
      return "w";
    }
    if (w.startsWith("mo") || w.startsWith("maand")) {
      return "m";
    }
    if (w.startsWith("y") || w.startsWith("jahr") || w.startsWith("an") || w.equals("jaar")) {
      return "y";
    }
    return null;
  }
}
