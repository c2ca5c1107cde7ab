package io.github.jobnorm.store;

import io.github.jobnorm.fetch.LinkedInQuery;
import io.github.jobnorm.fetch.LinkedInSearch;
import io.github.jobnorm.model.WorkplaceType;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A LinkedIn guest search as a run file writes it.
 *
 * @param keywords the search words, or null
 * @param location a place as LinkedIn's location box takes it, or null
 * @param geoId LinkedIn's numeric id of a place, or null
 * @param postedWithin only postings at most this old: {@code 24h}, {@code 7d}, {@code 2w} or an
 *     ISO-8601 duration ({@code P1D}); null for any age
 * @param workplace on-site, hybrid, remote (the contract's names, any case); empty for all
 * @param details whether to fetch each posting's detail page for its description; default true
 * @param limit the most postings to read, at most LinkedIn's cap of 1,000; default the cap
 */
public record LinkedInSpec(
    String keywords,
    String location,
    String geoId,
    String postedWithin,
    List<WorkplaceType> workplace,
    Boolean details,
    Integer limit) {
  private static final Pattern SHORT_DURATION = Pattern.compile("([0-9]{1,5})\\s*([hdw])");

  /** Checks the values by building the query they make. */
  public LinkedInSpec {
    workplace = List.copyOf(workplace == null ? List.of() : workplace);
    details = details == null ? Boolean.TRUE : details;
    if ((keywords == null || keywords.isBlank()) && location == null && geoId == null) {
      throw new IllegalArgumentException("a LinkedIn search needs keywords, a location or a geoId");
    }
    toQuery(keywords, location, geoId, postedWithin, workplace, details, limit);
  }

  /** The query the fetcher runs. */
  public LinkedInQuery toQuery() {
    return toQuery(keywords, location, geoId, postedWithin, workplace, details, limit);
  }

  private static LinkedInQuery toQuery(
      String keywords,
      String location,
      String geoId,
      String postedWithin,
      List<WorkplaceType> workplace,
      boolean details,
      Integer limit) {
    int max = limit == null ? LinkedInSearch.RESULT_CAP : limit;
    if (max < 1 || max > LinkedInSearch.RESULT_CAP) {
      throw new IllegalArgumentException(
          "limit must be 1 to " + LinkedInSearch.RESULT_CAP + ": " + limit);
    }
    return LinkedInQuery.keywords(keywords)
        .location(location)
        .geoId(geoId)
        .postedWithin(postedWithin == null ? null : duration(postedWithin))
        .workplace(workplace.toArray(new WorkplaceType[0]))
        .details(details)
        .limit(max)
        .build();
  }

  /** Reads {@code 24h}, {@code 7d}, {@code 2w} or an ISO-8601 duration. */
  static Duration duration(String text) {
    String t = text.strip().toLowerCase(Locale.ROOT);
    Matcher m = SHORT_DURATION.matcher(t);
    if (m.matches()) {
      long n = Long.parseLong(m.group(1));
      return switch (m.group(2)) {
        case "h" -> Duration.ofHours(n);
        case "d" -> Duration.ofDays(n);
        default -> Duration.ofDays(7 * n);
      };
    }
    try {
      return Duration.parse(text.strip().toUpperCase(Locale.ROOT));
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "postedWithin is a number with h, d or w (24h, 7d, 2w) or an ISO duration (P1D): " + text,
          e);
    }
  }
}
