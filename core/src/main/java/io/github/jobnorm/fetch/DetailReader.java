package io.github.jobnorm.fetch;

import io.github.jobnorm.ParseFailure;
import io.github.jobnorm.source.InputDocument;
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
  private final Function<String, String> fetchUrl;
  private final Function<String, String> postingUrl;

  /**
   * @param fetchUrl the URL to fetch for a job id
   * @param postingUrl the posting's own URL, handed to the parsers as the document's URL: the
   *     fetched URL may be an API path or a stub server, and the parsers read the id from it
   */
  DetailReader(
      Fetcher fetcher,
      SourceRegistry parsers,
      Function<String, String> fetchUrl,
      Function<String, String> postingUrl) {
    this.fetcher = fetcher;
    this.parsers = parsers;
    this.fetchUrl = fetchUrl;
    this.postingUrl = postingUrl;
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
      FetchResult result = fetcher.fetchFresh(fetchUrl.apply(id));
      requests += result.attempts();
      if (result instanceof FetchResult.Failure failure) {
        missed.add(Listing.Missed.fetch(id, card, failure));
      } else {
        FetchResult.Document page = (FetchResult.Document) result; // fetchFresh: never NotModified
        try {
          InputDocument document =
              new InputDocument(
                  page.body(), page.finalUrl(), postingUrl.apply(id), page.contentType(), page.fetchedAt());
          postings.add(parsers.parse(document).get(0));
        } catch (SourceException e) {
          missed.add(Listing.Missed.parse(id, page.finalUrl(), card, e.reason(), e.getMessage()));
        }
      }
    }
    return new Result(postings, missed, requests);
  }
}
