package io.github.jobnorm;

import io.github.jobnorm.model.JobPosting;
import java.util.List;

/**
 * The outcome of parsing one input: its postings (a page may hold one, a board or a search page
 * many), or a typed failure. Exactly one of the two is present.
 *
 * @param postings the postings, in document order; empty on failure
 * @param failure why there is none, or null on success
 */
public record ParseResult(List<JobPosting> postings, ParseFailure failure) {

  /** Requires postings or a failure, not both. */
  public ParseResult {
    postings = postings == null ? List.of() : List.copyOf(postings);
    if (postings.isEmpty() == (failure == null)) {
      throw new IllegalArgumentException("a result has postings or a failure, not both or neither");
    }
  }

  /** A successful result. */
  public static ParseResult of(List<JobPosting> postings) {
    return new ParseResult(postings, null);
  }

  /** A failed result. */
  public static ParseResult failed(ParseFailure failure) {
    return new ParseResult(List.of(), failure);
  }

  /** Whether there are postings. */
  public boolean isSuccess() {
    return failure == null;
  }

  /**
   * The first posting.
   *
   * @throws IllegalStateException with the failure's message when parsing failed
   */
  public JobPosting posting() {
    if (failure != null) {
      throw new IllegalStateException(failure.reason() + ": " + failure);
    }
    return postings.get(0);
  }
}
