package io.github.jobnorm.fetch;

import io.github.jobnorm.model.EmploymentType;
import io.github.jobnorm.model.Seniority;
import io.github.jobnorm.model.WorkplaceType;
import io.github.jobnorm.source.LinkedInUrls;
import io.github.jobnorm.source.RawPosting;
import io.github.jobnorm.source.SourceException;
import io.github.jobnorm.source.SourceParser;
import io.github.jobnorm.source.SourceRegistry;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.StringJoiner;
import okhttp3.HttpUrl;

/**
 * LinkedIn's guest job search, page by page, with every card accounted for. Pages are asked for
 * by the number of cards actually received so far (LinkedIn serves about 10 a page, not the 25 its
 * site shows, and stepping by 25 skips postings); the search ends at an empty page, at the
 * caller's limit, or at LinkedIn's cap of about 1,000 results. With {@code details}, each card's
 * guest detail page is fetched and parsed; a card whose detail fails is reported in {@link
 * Listing#missed()} with the card attached, never dropped.
 */
public final class LinkedInSearch {
  /** LinkedIn shows no more results of one search than this. */
  public static final int RESULT_CAP = 1000;

  /** Where LinkedIn is. */
  public static final String DEFAULT_BASE_URL = "https://www.linkedin.com";

  /** The name of the source parser that reads search result cards. */
  public static final String CARD_PARSER = "linkedin-search";

  private static final String SEARCH_PATH = "jobs-guest/jobs/api/seeMoreJobPostings/search";
  private static final String DETAIL_PATH = "jobs-guest/jobs/api/jobPosting";
  private static final Map<WorkplaceType, String> WORKPLACE =
      Map.of(WorkplaceType.ON_SITE, "1", WorkplaceType.REMOTE, "2", WorkplaceType.HYBRID, "3");
  private static final Map<EmploymentType, String> EMPLOYMENT =
      Map.of(
          EmploymentType.FULL_TIME, "F",
          EmploymentType.PART_TIME, "P",
          EmploymentType.CONTRACT, "C",
          EmploymentType.TEMPORARY, "T",
          EmploymentType.INTERNSHIP, "I",
          EmploymentType.VOLUNTEER, "V",
          EmploymentType.OTHER, "O");
  private static final Map<Seniority, String> EXPERIENCE =
      Map.of(
          Seniority.INTERNSHIP, "1",
          Seniority.ENTRY_LEVEL, "2",
          Seniority.ASSOCIATE, "3",
          Seniority.MID_SENIOR, "4",
          Seniority.DIRECTOR, "5",
          Seniority.EXECUTIVE, "6");

  private final Fetcher fetcher;
  private final HttpUrl base;
  private final SourceParser cards;
  private final SourceRegistry details;

  private LinkedInSearch(Fetcher fetcher, HttpUrl base, SourceParser cards, SourceRegistry details) {
    this.fetcher = fetcher;
    this.base = base;
    this.cards = cards;
    this.details = details;
  }

  /**
   * A search over the fetcher, against LinkedIn, reading cards with the registry's {@value
   * #CARD_PARSER} parser and detail pages with the standard registry.
   *
   * @throws IllegalStateException when no {@value #CARD_PARSER} parser is registered
   */
  public static LinkedInSearch over(Fetcher fetcher) {
    SourceRegistry registry = SourceRegistry.standard();
    SourceParser cardParser;
    try {
      cardParser = registry.byName(CARD_PARSER);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("LinkedIn search needs a source parser for cards: " + e.getMessage(), e);
    }
    return over(fetcher, DEFAULT_BASE_URL, cardParser, registry);
  }

  /**
   * A search with its parts given: the base URL (a stub server in tests), the parser of result
   * pages, and the parsers of detail pages.
   */
  public static LinkedInSearch over(
      Fetcher fetcher, String baseUrl, SourceParser cardParser, SourceRegistry detailParsers) {
    HttpUrl base = HttpUrl.parse(Objects.requireNonNull(baseUrl, "baseUrl == null"));
    if (base == null) {
      throw new IllegalArgumentException("not an http(s) base URL: " + baseUrl);
    }
    return new LinkedInSearch(
        Objects.requireNonNull(fetcher, "fetcher == null"),
        base,
        Objects.requireNonNull(cardParser, "cardParser == null"),
        Objects.requireNonNull(detailParsers, "detailParsers == null"));
  }

  /** Runs the search; never throws for a network fault. */
  public Listing search(LinkedInQuery query) {
    List<RawPosting> found = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    int requests = 0;
    int start = 0;
    Listing.Stop stop;
    String why;
    while (true) {
      if (found.size() >= query.limit()) {
        stop = Listing.Stop.LIMIT;
        why = "the limit of " + query.limit() + " postings was reached";
        break;
      }
      if (start >= RESULT_CAP) {
        stop = Listing.Stop.CAP;
        why = "LinkedIn shows no more than " + RESULT_CAP + " results of a search";
        break;
      }
      String url = pageUrl(query, start);
      FetchResult result = fetcher.fetchFresh(url);
      requests += result.attempts();
      if (result instanceof FetchResult.Failure failure) {
        stop = Listing.Stop.FAILED;
        why = "results from " + start + " on could not be fetched: " + failure.describe();
        break;
      }
      FetchResult.Document page = (FetchResult.Document) result; // fetchFresh: never NotModified
      List<RawPosting> onPage;
      try {
        onPage = cards.parse(page.toInputDocument());
      } catch (SourceException e) {
        stop = Listing.Stop.FAILED;
        why = "results from " + start + " on could not be read: " + e.getMessage();
        break;
      }
      if (onPage.isEmpty()) {
        stop = Listing.Stop.END;
        why = "no more results after " + start;
        break;
      }
      for (RawPosting card : onPage) {
        String key = card.jobId() != null ? card.jobId() : card.url();
        boolean repeated = key != null && !seen.add(key); // LinkedIn repeats cards across pages
        if (!repeated && found.size() < query.limit()) {
          found.add(card);
        }
      }
      start += onPage.size();
    }
    DetailReader.Result read =
        query.details() ? new DetailReader(fetcher, details, this::detailUrl, LinkedInUrls::canonical).read(found) : null;
    return read == null
        ? new Listing(found, List.of(), found.size(), stop, why, requests)
        : new Listing(read.postings(), read.missed(), found.size(), stop, why, requests + read.requests());
  }

  /** The URL of the results page that starts at the given card. */
  public String pageUrl(LinkedInQuery query, int start) {
    HttpUrl.Builder url = base.newBuilder().addPathSegments(SEARCH_PATH);
    addIfPresent(url, "keywords", query.keywords());
    addIfPresent(url, "location", query.location());
    addIfPresent(url, "geoId", query.geoId());
    if (query.postedWithin() != null) {
      url.addQueryParameter("f_TPR", "r" + query.postedWithin().toSeconds());
    }
    addCodes(url, "f_WT", WorkplaceType.values(), query.workplaceTypes(), WORKPLACE);
    addCodes(url, "f_JT", EmploymentType.values(), query.employmentTypes(), EMPLOYMENT);
    addCodes(url, "f_E", Seniority.values(), query.seniorities(), EXPERIENCE);
    if (!query.companyIds().isEmpty()) {
      url.addQueryParameter("f_C", String.join(",", query.companyIds()));
    }
    url.addQueryParameter("start", Integer.toString(start));
    return url.build().toString();
  }

  /** The URL of a posting's guest detail page. */
  public String detailUrl(String jobId) {
    return base.newBuilder().addPathSegments(DETAIL_PATH).addPathSegment(jobId).build().toString();
  }

  private static void addIfPresent(HttpUrl.Builder url, String name, String value) {
    if (value != null && !value.isBlank()) {
      url.addQueryParameter(name, value.strip());
    }
  }

  /** Codes in the enum's order, so that one query always gives one URL. */
  private static <E extends Enum<E>> void addCodes(
      HttpUrl.Builder url, String name, E[] all, Set<E> chosen, Map<E, String> codes) {
    StringJoiner joined = new StringJoiner(",");
    for (E value : all) {
      if (chosen.contains(value)) {
        joined.add(codes.get(value));
      }
    }
    if (joined.length() > 0) {
      url.addQueryParameter(name, joined.toString());
    }
  }
}
