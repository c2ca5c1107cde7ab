package io.github.jobnorm.cli;

import io.github.jobnorm.JobNorm;
import io.github.jobnorm.ParseFailure;
import io.github.jobnorm.ParseFailure.Reason;
import io.github.jobnorm.ParseOptions;
import io.github.jobnorm.ParseResult;
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

  /** The page's postings, or the fetch's failure. Blocks while politeness requires. */
  Outcome fetchAndParse(String url, ParseOptions options) {
    FetchResult result = fetcher().fetch(url);
    if (result instanceof FetchResult.Document d) {
      ParseOptions o = options.newBuilder().inputName(url).url(d.finalUrl())
          .contentType(d.contentType()).fetchedAt(d.fetchedAt()).build();
      return new Outcome(url, 0, JobNorm.parse(d.body(), o), 0);
    }
    if (result instanceof FetchResult.Failure f) {
      Reason reason = f.reason() == FetchResult.Reason.BLOCKED ? Reason.BLOCKED_PAGE
          : f.reason() == FetchResult.Reason.TOO_LARGE ? Reason.TOO_LARGE : Reason.UNREADABLE;
      return new Outcome(url, 0, ParseResult.failed(ParseFailure.of(reason, url,
          "cannot fetch: " + f.message())), 0);
    }
    return Outcome.failed(url, 0, Reason.UNREADABLE,
        "the server answered 304 Not Modified to a request that was not conditional");
  }
}
