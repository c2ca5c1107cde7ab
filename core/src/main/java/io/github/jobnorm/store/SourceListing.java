package io.github.jobnorm.store;

import io.github.jobnorm.model.JobPosting;
import java.util.List;
import java.util.Objects;

/**
 * What one source showed in one run, normalized: the postings, what failed, and whether the
 * listing was complete. Only a complete listing can close postings: one cut short by a failure,
 * a limit or a cap says nothing about the postings it did not show.
 *
 * @param postings the postings shown and read
 * @param failures what went wrong, for the run record; not empty for a failed listing
 * @param completeness whether the listing shows everything the source has
 */
public record SourceListing(
    List<JobPosting> postings, List<String> failures, Completeness completeness) {

  /** How much of the source a listing shows. */
  public enum Completeness {
    /** Every posting the source has: postings it showed before and not now are closed. */
    COMPLETE,
    /** Only some: a page or a posting failed, or a limit or cap was reached. */
    PARTIAL,
    /** The source answered that nothing changed since the last run (HTTP 304). */
    NOT_MODIFIED
  }

  /** Copies the lists. */
  public SourceListing {
    postings = List.copyOf(postings);
    failures = List.copyOf(failures);
    Objects.requireNonNull(completeness, "completeness == null");
    if (completeness == Completeness.COMPLETE && !failures.isEmpty()) {
      throw new IllegalArgumentException("a complete listing has no failures: " + failures);
    }
  }

  /** A listing that failed before it showed anything. */
  public static SourceListing failed(String why) {
    return new SourceListing(List.of(), List.of(why), Completeness.PARTIAL);
  }
}
