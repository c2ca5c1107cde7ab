package io.github.jobnorm.store;

import io.github.jobnorm.JobNorm;
import io.github.jobnorm.ParseOptions;
import io.github.jobnorm.ParseResult;
import io.github.jobnorm.fetch.Board;
import io.github.jobnorm.fetch.BoardFetcher;
import io.github.jobnorm.fetch.FetchResult;
import io.github.jobnorm.fetch.Fetcher;
import io.github.jobnorm.fetch.LinkedInSearch;
import io.github.jobnorm.fetch.Listing;
import io.github.jobnorm.model.JobPosting;
import io.github.jobnorm.normalize.NormalizeContext;
import io.github.jobnorm.normalize.Normalizer;
import io.github.jobnorm.source.RawPosting;
import io.github.jobnorm.source.SourceRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import okhttp3.HttpUrl;

/**
 * The run file's sources as {@link ListingSource}s over the fetcher's listing sources: ATS boards
 * through {@link BoardFetcher} (conditional, so an unchanged Greenhouse or Ashby board costs a
 * 304), LinkedIn searches through {@link LinkedInSearch}, URL lists page by page. A base URL
 * override points every source at one server, for demos and tests against stubs.
 */
public final class FetchListings {
  private static final SourceRegistry PARSERS = SourceRegistry.standard();

  private FetchListings() {}

  /**
   * The sources of a run file.
   *
   * @param run the run file
   * @param fetcher the fetcher, with the run's politeness and validator store
   * @param baseUrlOverride a base URL every ATS and LinkedIn request goes to instead, or null
   */
  public static List<ListingSource> of(RunFile run, Fetcher fetcher, String baseUrlOverride) {
    List<ListingSource> out = new ArrayList<>();
    for (SourceSpec spec : run.sources()) {
      Fetcher f = spec.rate() == null ? fetcher
          : fetcher.newBuilder().rate(host(spec, baseUrlOverride), spec.rate()).build();
      String name = spec.effectiveName();
      out.add(switch (spec.kind()) {
        case GREENHOUSE, LEVER, ASHBY -> source(name, () -> board(f, spec.board(), baseUrlOverride));
        case LINKEDIN -> source(name, () -> linkedIn(f, spec, baseUrlOverride));
        case URLS -> source(name, () -> urls(f, spec.urls()));
      });
    }
    return out;
  }

  private static ListingSource source(String name, Supplier<SourceListing> fetch) {
    return new ListingSource() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public SourceListing fetch() {
        return fetch.get();
      }
    };
  }

  /** The host a source's requests go to, for its rate override. */
  static String host(SourceSpec spec, String baseUrlOverride) {
    String base = baseUrlOverride != null ? baseUrlOverride
        : switch (spec.kind()) {
          case GREENHOUSE, LEVER, ASHBY -> spec.board().ats().defaultBaseUrl();
          case LINKEDIN -> LinkedInSearch.DEFAULT_BASE_URL;
          case URLS -> spec.urls().get(0);
        };
    HttpUrl url = HttpUrl.get(base);
    return url.host().toLowerCase(Locale.ROOT);
  }

  private static SourceListing board(Fetcher f, Board board, String override) {
    BoardFetcher boards = BoardFetcher.over(f, PARSERS).withConditional(true);
    if (override != null) {
      boards = boards.withBaseUrl(board.ats(), override);
    }
    return toSourceListing(boards.fetch(board));
  }

  private static SourceListing linkedIn(Fetcher f, SourceSpec spec, String override) {
    LinkedInSearch search = override == null ? LinkedInSearch.over(f)
        : LinkedInSearch.over(f, override, PARSERS.byName(LinkedInSearch.CARD_PARSER), PARSERS);
    return toSourceListing(search.search(spec.linkedin().toQuery()));
  }

  /**
   * A fetcher's listing, normalized. Complete only when the source said there is no more and
   * every posting it offered was read; a 304 is its own state.
   */
  public static SourceListing toSourceListing(Listing listing) {
    List<JobPosting> postings = new ArrayList<>();
    List<String> failures = new ArrayList<>();
    for (RawPosting raw : listing.postings()) {
      try {
        postings.add(Normalizer.normalize(raw, NormalizeContext.NONE));
      } catch (RuntimeException e) {
        // one posting jobnorm cannot normalize is a posting missed, not the source lost
        failures.add("job " + raw.jobId() + ": could not be normalized (" + e
            + "); please report it");
      }
    }
    for (Listing.Missed m : listing.missed()) {
      failures.add((m.jobId() == null ? "" : "job " + m.jobId() + ": ")
          + (m.url() == null ? "" : m.url() + ": ") + m.message());
    }
    if (listing.stop() == Listing.Stop.FAILED) {
      failures.add(listing.stopMessage());
    }
    SourceListing.Completeness c = listing.stop() == Listing.Stop.NOT_MODIFIED
        ? SourceListing.Completeness.NOT_MODIFIED
        : listing.stop() == Listing.Stop.END && failures.isEmpty()
            ? SourceListing.Completeness.COMPLETE
            : SourceListing.Completeness.PARTIAL;
    return new SourceListing(postings, failures, c);
  }

  /**
   * Each URL's postings. A page that answers 404 or 410 is gone, which is an answer: the list is
   * still complete and the postings it showed close. Any other failure makes it partial.
   */
  private static SourceListing urls(Fetcher f, List<String> urls) {
    List<JobPosting> postings = new ArrayList<>();
    List<String> failures = new ArrayList<>();
    for (String url : urls) {
      FetchResult r = f.fetchFresh(url);
      if (r instanceof FetchResult.Failure fail) {
        boolean gone = fail.reason() == FetchResult.Reason.HTTP_STATUS
            && (fail.statusCode() == 404 || fail.statusCode() == 410);
        if (!gone) {
          failures.add(url + ": " + fail.describe());
        }
        continue;
      }
      FetchResult.Document d = (FetchResult.Document) r; // fetchFresh: never NotModified
      ParseResult parsed = JobNorm.parse(d.body(), d.parseOptions(ParseOptions.defaults()));
      if (parsed.isSuccess()) {
        postings.addAll(parsed.postings());
      } else {
        failures.add(parsed.failure().toString());
      }
    }
    return new SourceListing(postings, failures, failures.isEmpty()
        ? SourceListing.Completeness.COMPLETE : SourceListing.Completeness.PARTIAL);
  }
}
