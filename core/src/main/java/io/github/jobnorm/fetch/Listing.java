package io.github.jobnorm.fetch;

import io.github.jobnorm.ParseFailure;
import io.github.jobnorm.source.RawPosting;
import java.util.List;
import java.util.Objects;

/**
 * What a listing source (a search, a job board) gave, with every posting it offered accounted
 * for: each one is either in {@link #postings()} or in {@link #missed()}, so that {@code
 * postings().size() + missed().size() == offered()} always holds, and a listing that ended early
 * says so in {@link #stop()}.
 *
 * @param postings the postings read, in listing order
 * @param missed the postings offered but not read, each with why
 * @param offered how many postings the listing offered (within the caller's limit)
 * @param stop why the listing ended
 * @param stopMessage what ended it, for a person: the failure for {@link Stop#FAILED}
 * @param requests how many HTTP requests the listing took, retries and details included
 */
public record Listing(
    List<RawPosting> postings,
    List<Missed> missed,
    int offered,
    Stop stop,
    String stopMessage,
    int requests) {

  /** Why a listing ended. */
  public enum Stop {
    /** The source said there was nothing more. */
    END,
    /** The caller's limit was reached. */
    LIMIT,
    /** The source's own cap was reached (LinkedIn shows about 1,000 results of a search). */
    CAP,
    /** A conditional request was answered 304: nothing changed since the last fetch. */
    NOT_MODIFIED,
    /**
     * A page of the listing could not be fetched or read; postings after it were never offered,
     * so the listing is incomplete.
     */
    FAILED
  }

  /** Checks the accounting: every offered posting is returned or missed. */
  public Listing {
    postings = List.copyOf(postings);
    missed = List.copyOf(missed);
    Objects.requireNonNull(stop, "stop == null");
    Objects.requireNonNull(stopMessage, "stopMessage == null");
    if (postings.size() + missed.size() != offered) {
      throw new IllegalArgumentException(
          "postings "
              + postings.size()
              + " + missed "
              + missed.size()
              + " != offered "
              + offered);
    }
  }

  /** Whether the listing was read to its end, limit or cap, rather than cut short. */
  public boolean complete() {
    return stop != Stop.FAILED;
  }

  /**
   * A posting that was offered but could not be read: its detail page failed to fetch, or no
   * parser read it. Exactly one of the two reasons is set.
   *
   * @param jobId the source's id for the posting, or null when it gave none
   * @param url the URL that was tried, or null
   * @param card what the listing itself said of the posting (a search card), or null
   * @param fetchReason why the fetch failed, or null
   * @param parseReason why the parse failed, or null
   * @param message what went wrong, for a person
   */
  public record Missed(
      String jobId,
      String url,
      RawPosting card,
      FetchResult.Reason fetchReason,
      ParseFailure.Reason parseReason,
      String message) {

    /** Checks that exactly one reason is given, with a message. */
    public Missed {
      if ((fetchReason == null) == (parseReason == null)) {
        throw new IllegalArgumentException("exactly one of fetchReason and parseReason is needed");
      }
      Objects.requireNonNull(message, "message == null");
    }

    /** A posting whose fetch failed. */
    public static Missed fetch(String jobId, RawPosting card, FetchResult.Failure failure) {
      return new Missed(jobId, failure.url(), card, failure.reason(), null, failure.message());
    }

    /** A posting no parser read. */
    public static Missed parse(
        String jobId, String url, RawPosting card, ParseFailure.Reason reason, String message) {
      return new Missed(jobId, url, card, null, reason, message);
    }
  }
}
