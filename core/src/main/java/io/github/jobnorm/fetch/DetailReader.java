package io.github.jobnorm.fetch;

import io.github.jobnorm.ParseFailure;
import io.github.jobnorm.source.RawPosting;
import io.github.jobnorm.source.SourceException;
import io.github.jobnorm.source.SourceRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Fetches and parses the detail page of each posting a listing offered, and sorts the outcomes
 * into postings and misses, one for one, in listing order.
 */
final class DetailReader {
  private final Fetcher fetcher;
  private final SourceRegistry parsers;
  private final Function<String, String> urlOfId;

  DetailReader(Fetcher fetcher, SourceRegistry parsers, Function<String, String> urlOfId) {
    this.fetcher = fetcher;
    this.parsers = parsers;
    this.urlOfId = urlOfId;
  }

  record Result(List<RawPosting> postings, List<Listing.Missed> missed, int requests) {}

  Result read(List<RawPosting> offered) {
    List<RawPosting> postings = new ArrayList<>();
    List<Listing.Missed> missed = new ArrayList<>();
    int requests = 0;
    for (RawPosting card : offered) {
      String id = card.jobId();
      if (id == null) {
        missed.add(
            Listing.Missed.parse(
                null, card.url(), card, ParseFailure.Reason.MALFORMED, "no job id: no detail page to fetch"));
        continue;
      }
      FetchResult result = fetcher.fetchFresh(urlOfId.apply(id));
      requests += result.attempts();
      if (result instanceof FetchResult.Failure failure) {
        missed.add(Listing.Missed.fetch(id, card, failure));
      } else if (result instanceof FetchResult.Document page) {
        try {
          postings.add(parsers.parse(page.toInputDocument()).get(0));
        } catch (SourceException e) {
          missed.add(Listing.Missed.parse(id, page.finalUrl(), card, e.reason(), e.getMessage()));
        }
      } else {
        missed.add(
            Listing.Missed.parse(
                id, result.url(), card, ParseFailure.Reason.UNREADABLE, "answered 304 to an unconditional request"));
      }
    }
    return new Result(postings, missed, requests);
  }
}
