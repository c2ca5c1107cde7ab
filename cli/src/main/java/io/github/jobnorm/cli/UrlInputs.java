package io.github.jobnorm.cli;

import io.github.jobnorm.JobNorm;
import io.github.jobnorm.ParseFailure.Reason;
import io.github.jobnorm.ParseOptions;
import io.github.jobnorm.fetch.FetchResult;
import io.github.jobnorm.fetch.Fetcher;
import java.util.function.Supplier;

/**
 * Fetches a URL input with the library's polite fetcher (robots.txt, per-host rate limits,
 * retries) and parses the page, or says why it could not be fetched. The fetcher is created on
 * first use, so runs without URLs never start an HTTP client.
 */
final class UrlInputs {
  private final Supplier<Fetcher> factory;
  private Fetcher fetcher;

  UrlInputs(Supplier<Fetcher> factory) {
    this.factory = factory;
  }

  private synchronized Fetcher fetcher() {
    if (fetcher == null) {
      fetcher = factory.get();
    }
    return fetcher;
  }

  /**
   * The page's postings, or the fetch's failure. Blocks while politeness requires. The page is
   * always asked for whole: a URL given twice is parsed twice rather than answered 304.
   */
  Outcome fetchAndParse(String url, ParseOptions options) {
    FetchResult result = fetcher().fetchFresh(url);
    if (result instanceof FetchResult.Failure f) {
      Reason reason = f.reason() == FetchResult.Reason.BLOCKED ? Reason.BLOCKED_PAGE
          : f.reason() == FetchResult.Reason.TOO_LARGE ? Reason.TOO_LARGE : Reason.UNREADABLE;
      return Outcome.failed(url, 0, reason, "cannot fetch: " + f.describe());
    }
    FetchResult.Document d = (FetchResult.Document) result; // fetchFresh: never NotModified
    return new Outcome(url, 0, JobNorm.parse(d.body(), d.parseOptions(options)), 0);
  }
}
