package io.github.jobnorm.fetch;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.jobnorm.ParseFailure;
import io.github.jobnorm.source.InputDocument;
import io.github.jobnorm.source.RawPosting;
import io.github.jobnorm.source.SourceException;
import io.github.jobnorm.source.SourceRegistry;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import okhttp3.HttpUrl;

/**
 * Reads a company's whole job board from Greenhouse, Lever or Ashby through their public job APIs,
 * with every job of the feed accounted for: the feed's entries are counted (by their {@code id})
 * before the source parsers read it, and an entry no parser returned is reported as missed. Lever
 * is read page by page until a short page; Greenhouse and Ashby answer in one document.
 *
 * <p>Immutable; {@link #withBaseUrl} points a system at another server (a stub in tests).
 */
public final class BoardFetcher {
  /** Lever's page size; a shorter page is the last one. */
  static final int LEVER_PAGE = 100;

  private final Fetcher fetcher;
  private final SourceRegistry parsers;
  private final Map<Board.Ats, HttpUrl> bases;
  private final boolean conditional;

  private BoardFetcher(
      Fetcher fetcher, SourceRegistry parsers, Map<Board.Ats, HttpUrl> bases, boolean conditional) {
    this.fetcher = fetcher;
    this.parsers = parsers;
    this.bases = bases;
    this.conditional = conditional;
  }

  /** Boards read over the fetcher by the standard source parsers, from the systems' own hosts. */
  public static BoardFetcher over(Fetcher fetcher) {
    return over(fetcher, SourceRegistry.standard());
  }

  /** Boards read over the fetcher by these parsers, from the systems' own hosts. */
  public static BoardFetcher over(Fetcher fetcher, SourceRegistry parsers) {
    Map<Board.Ats, HttpUrl> bases = new EnumMap<>(Board.Ats.class);
    for (Board.Ats ats : Board.Ats.values()) {
      bases.put(ats, HttpUrl.get(ats.defaultBaseUrl()));
    }
    return new BoardFetcher(
        Objects.requireNonNull(fetcher, "fetcher == null"),
        Objects.requireNonNull(parsers, "parsers == null"),
        bases,
        false);
  }

  /** A copy that reads the system's API from this base URL. */
  public BoardFetcher withBaseUrl(Board.Ats ats, String baseUrl) {
    HttpUrl base = HttpUrl.parse(Objects.requireNonNull(baseUrl, "baseUrl == null"));
    if (base == null) {
      throw new IllegalArgumentException("not an http(s) base URL: " + baseUrl);
    }
    Map<Board.Ats, HttpUrl> copy = new EnumMap<>(bases);
    copy.put(Objects.requireNonNull(ats, "ats == null"), base);
    return new BoardFetcher(fetcher, parsers, copy, conditional);
  }

  /**
   * A copy that asks Greenhouse and Ashby whether a board changed since its last fetch by this
   * process (or by the fetcher's validator store), and reports an unchanged board as {@link
   * Listing.Stop#NOT_MODIFIED}; default off, so that every read returns the whole board.
   */
  public BoardFetcher withConditional(boolean conditional) {
    return new BoardFetcher(fetcher, parsers, bases, conditional);
  }

  /** Reads the board; never throws for a network fault. */
  public Listing fetch(Board board) {
    List<RawPosting> postings = new ArrayList<>();
    List<Listing.Missed> missed = new ArrayList<>();
    int requests = 0;
    for (int skip = 0; ; ) {
      String url = feedUrl(board, skip);
      boolean paged = board.ats() == Board.Ats.LEVER;
      FetchResult result = conditional && !paged ? fetcher.fetch(url) : fetcher.fetchFresh(url);
      requests += result.attempts();
      if (result instanceof FetchResult.NotModified) {
        return listing(postings, missed, Listing.Stop.NOT_MODIFIED, board + " has not changed", requests);
      }
      if (result instanceof FetchResult.Failure failure) {
        return listing(
            postings,
            missed,
            Listing.Stop.FAILED,
            board + " could not be fetched: " + failure.describe(),
            requests);
      }
      FetchResult.Document page = (FetchResult.Document) result; // a 304 returned above
      InputDocument document = page.toInputDocument();
      List<String> ids = FeedEntries.ids(board.ats(), document.json());
      if (ids == null) {
        return listing(
            postings,
            missed,
            Listing.Stop.FAILED,
            board + ": " + page.finalUrl() + " is not a " + board.ats() + " job feed",
            requests);
      }
      read(board.ats(), document, ids, postings, missed);
      if (!paged || ids.size() < LEVER_PAGE) {
        return listing(
            postings, missed, Listing.Stop.END, board + ": " + (skip + ids.size()) + " jobs", requests);
      }
      skip += ids.size();
    }
  }

  private static Listing listing(
      List<RawPosting> postings, List<Listing.Missed> missed, Listing.Stop stop, String why, int requests) {
    return new Listing(postings, missed, postings.size() + missed.size(), stop, why, requests);
  }

  /**
   * Parses one feed document and accounts for each of its entries. The system's own parser (named
   * like the system: {@code greenhouse}) reads the feed when the registry has one, so that no more
   * general parser can take it first; otherwise the registry's first taker does.
   */
  private void read(
      Board.Ats ats,
      InputDocument document,
      List<String> ids,
      List<RawPosting> postings,
      List<Listing.Missed> missed) {
    if (ids.isEmpty()) {
      return;
    }
    String name = ats.name().toLowerCase(Locale.ROOT);
    boolean hasOwn = parsers.parsers().stream().anyMatch(p -> p.name().equals(name));
    List<RawPosting> parsed;
    try {
      parsed = hasOwn ? parsers.byName(name).parse(document) : parsers.parse(document);
    } catch (SourceException e) {
      for (String id : ids) {
        missed.add(Listing.Missed.parse(id, document.url(), null, e.reason(), e.getMessage()));
      }
      return;
    }
    FeedEntries.match(ids, parsed, document.url(), postings, missed);
  }

  /** The URL of a board's feed, from the given entry on (Lever pages; the others ignore it). */
  public String feedUrl(Board board, int skip) {
    HttpUrl.Builder url = bases.get(board.ats()).newBuilder();
    switch (board.ats()) {
      case GREENHOUSE -> url.addPathSegments("v1/boards")
          .addPathSegment(board.token())
          .addPathSegment("jobs")
          .addQueryParameter("content", "true")
          .addQueryParameter("pay_transparency", "true");
      case LEVER -> url.addPathSegments("v0/postings")
          .addPathSegment(board.token())
          .addQueryParameter("mode", "json")
          .addQueryParameter("skip", Integer.toString(skip))
          .addQueryParameter("limit", Integer.toString(LEVER_PAGE));
      case ASHBY -> url.addPathSegments("posting-api/job-board")
          .addPathSegment(board.token())
          .addQueryParameter("includeCompensation", "true");
    }
    return url.build().toString();
  }

  /** How each system's feed lists its jobs, and matching parsed postings to the entries. */
  static final class FeedEntries {
    private FeedEntries() {}

    /** The ids of the feed's entries in order, or null when the JSON is not such a feed. */
    static List<String> ids(Board.Ats ats, JsonNode json) {
      JsonNode jobs = json == null ? null : ats == Board.Ats.LEVER ? json : json.get("jobs");
      if (jobs == null || !jobs.isArray()) {
        return null;
      }
      List<String> ids = new ArrayList<>();
      for (JsonNode job : jobs) {
        JsonNode id = job.get("id");
        ids.add(id == null || id.isNull() ? null : id.asText());
      }
      return ids;
    }

    /**
     * Puts the posting parsed for each entry in {@code postings}, or a miss. Postings are matched
     * by job id; when the parser gave no ids at all, by position.
     */
    static void match(
        List<String> ids,
        List<RawPosting> parsed,
        String url,
        List<RawPosting> postings,
        List<Listing.Missed> missed) {
      Map<String, RawPosting> byId = new HashMap<>();
      for (RawPosting p : parsed) {
        if (p.jobId() != null) {
          byId.putIfAbsent(p.jobId(), p);
        }
      }
      for (int i = 0; i < ids.size(); i++) {
        String id = ids.get(i);
        RawPosting found;
        if (!byId.isEmpty()) {
          found = id == null ? null : byId.get(id);
        } else {
          found = i < parsed.size() ? parsed.get(i) : null;
        }
        if (found != null) {
          postings.add(found);
        } else {
          missed.add(
              Listing.Missed.parse(
                  id, url, null, ParseFailure.Reason.NOT_A_POSTING, "no parser returned this job of the feed"));
        }
      }
    }
  }
}
