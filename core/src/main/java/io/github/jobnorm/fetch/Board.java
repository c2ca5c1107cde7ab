package io.github.jobnorm.fetch;

import java.util.Locale;
import java.util.Objects;

/**
 * A company's job board on an applicant tracking system: the system and the company's name on it
 * (Greenhouse's board token, Lever's site name, Ashby's organization name).
 *
 * @param ats the tracking system
 * @param token the company's name on it, as in its board URL
 */
public record Board(Ats ats, String token) {

  /** The tracking systems whose public job APIs are read. */
  public enum Ats {
    /** {@code boards-api.greenhouse.io/v1/boards/TOKEN/jobs}. */
    GREENHOUSE("https://boards-api.greenhouse.io"),
    /** {@code api.lever.co/v0/postings/SITE}, paged. */
    LEVER("https://api.lever.co"),
    /** {@code api.ashbyhq.com/posting-api/job-board/ORG}. */
    ASHBY("https://api.ashbyhq.com");

    private final String defaultBaseUrl;

    Ats(String defaultBaseUrl) {
      this.defaultBaseUrl = defaultBaseUrl;
    }

    /**
     * The system of a name, in any case: {@code greenhouse}, {@code lever} or {@code ashby}.
     *
     * @throws IllegalArgumentException for any other name
     */
    public static Ats named(String name) {
      try {
        return valueOf(name.strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "unknown tracking system '" + name + "': greenhouse, lever or ashby", e);
      }
    }

    /** Where the system's public API is. */
    public String defaultBaseUrl() {
      return defaultBaseUrl;
    }
  }

  /** Requires a system and a token of URL-safe characters. */
  public Board {
    Objects.requireNonNull(ats, "ats == null");
    if (token == null || !token.matches("[A-Za-z0-9._-]{1,100}")) {
      throw new IllegalArgumentException(
          "a board token is letters, digits, '.', '_' or '-': " + token);
    }
  }

  /**
   * Reads {@code greenhouse:TOKEN}, {@code lever:SITE} or {@code ashby:ORG}.
   *
   * @throws IllegalArgumentException when the text is not one of those
   */
  public static Board parse(String text) {
    Objects.requireNonNull(text, "text == null");
    int colon = text.indexOf(':');
    if (colon <= 0) {
      throw new IllegalArgumentException(
          "a board is greenhouse:TOKEN, lever:SITE or ashby:ORG, not: " + text);
    }
    Ats ats = Ats.named(text.substring(0, colon));
    return new Board(ats, text.substring(colon + 1).strip());
  }

  /** {@code system:token}, as {@link #parse} reads it. */
  @Override
  public String toString() {
    return ats.name().toLowerCase(Locale.ROOT) + ":" + token;
  }
}
