package io.github.jobnorm.source.text;

import io.github.jobnorm.source.RawPosting;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The top of a LinkedIn job page copied by hand: the title line, then {@code Company · Location ·
 * 2 weeks ago · 57 applicants}, then an optional {@code $45/hr - $65/hr · Hybrid · Internship}
 * line. Pieces are separated by {@code ·}, {@code •} or {@code |}.
 */
final class TopCard {
  private static final Set<String> WORKPLACE = Set.of("remote", "hybrid", "on-site", "onsite",
      "on site");
  private static final Set<String> EMPLOYMENT = Set.of("full-time", "full time", "part-time",
      "part time", "contract", "temporary", "internship", "volunteer", "other", "per diem");
  private static final Set<String> SENIORITY = Set.of("entry level", "mid-senior level",
      "associate", "director", "executive", "internship", "not applicable");

  private TopCard() {}

  /** Splits a line on the card separators; a line with fewer than two pieces is not a card line. */
  static List<String> pieces(String line) {
    List<String> parts = java.util.Arrays.stream(line.split("\\s*[·•|]\\s*"))
        .map(String::strip).filter(s -> !s.isEmpty()).toList();
    return parts.size() >= 2 ? parts : List.of();
  }

  /** Reads the meta line: company first, then location, age and applicants in any order. */
  static void readMeta(List<String> pieces, RawPosting.Builder b) {
    b.company(pieces.get(0));
    for (String piece : pieces.subList(1, pieces.size())) {
      String p = piece.toLowerCase(Locale.ROOT);
      if (p.contains("applicant") || p.contains("clicked apply")) {
        b.applicants(piece);
      } else if (p.endsWith("ago") || p.startsWith("reposted") || p.startsWith("posted")
          || p.equals("just now") || p.equals("just posted")) {
        b.postedAt(piece.replaceFirst("(?i)^(re)?posted\\s+", ""));
      } else if (!p.startsWith("promoted") && !p.contains("response")) {
        b.location(piece);
      }
    }
  }

  /** Whether the line is the insights line: every piece is pay or a known label. */
  static boolean isInsights(List<String> pieces) {
    return !pieces.isEmpty() && pieces.stream().allMatch(TopCard::isInsight);
  }

  /** Reads the insights line into labels and pay text. */
  static void readInsights(List<String> pieces, RawPosting.Builder b) {
    for (String piece : pieces) {
      String p = piece.toLowerCase(Locale.ROOT);
      if (WORKPLACE.contains(p)) {
        b.workplaceType(piece);
      } else if (EMPLOYMENT.contains(p)) {
        b.employmentType(piece);
      } else if (SENIORITY.contains(p)) {
        b.seniority(piece);
      } else if (hasDigit(piece)) {
        b.payText(piece);
      }
    }
  }

  private static boolean isInsight(String piece) {
    String p = piece.toLowerCase(Locale.ROOT);
    return WORKPLACE.contains(p) || EMPLOYMENT.contains(p) || SENIORITY.contains(p)
        || hasDigit(piece) && (p.contains("$") || p.contains("£") || p.contains("€")
            || p.contains("/hr") || p.contains("/yr") || p.contains("/mo"));
  }

  private static boolean hasDigit(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isDigit(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
