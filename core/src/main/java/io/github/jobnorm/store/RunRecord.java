package io.github.jobnorm.store;

import java.time.Instant;
import java.util.List;

/**
 * One run as the store recorded it.
 *
 * @param id the run's number
 * @param startedAt when it started
 * @param endedAt when it ended, or null when it is running or was interrupted
 * @param status how it ended
 * @param newCount {@code NEW} events recorded
 * @param changedCount {@code CHANGED} events recorded
 * @param closedCount {@code CLOSED} events recorded
 * @param seenCount postings seen, new or not
 * @param failures what went wrong, per source
 */
public record RunRecord(
    long id,
    Instant startedAt,
    Instant endedAt,
    Status status,
    int newCount,
    int changedCount,
    int closedCount,
    int seenCount,
    List<Failure> failures) {

  /** Copies the failures. */
  public RunRecord {
    failures = List.copyOf(failures);
  }

  /** How a run ended. */
  public enum Status {
    /** Still running, as far as the store knows. */
    RUNNING,
    /** Every source was read and committed. */
    DONE,
    /** Every source was committed but some failed or were read only in part. */
    DONE_WITH_FAILURES,
    /** The process stopped before the run ended; a later run found it so. */
    INTERRUPTED
  }

  /**
   * What went wrong with a source in a run.
   *
   * @param source the source's name
   * @param message what went wrong, for a person
   */
  public record Failure(String source, String message) {}
}
