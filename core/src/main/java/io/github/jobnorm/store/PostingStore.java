package io.github.jobnorm.store;

import io.github.jobnorm.fetch.ValidatorStore;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The aggregator's memory: postings per source, runs, undelivered events and page validators.
 * Every change of a source's postings is made in one {@link Transaction}, together with the
 * events it causes (an outbox), so that a process killed at any point leaves either all of a
 * source's changes and events or none. Implementations need not be thread-safe beyond what
 * {@link ValidatorStore} requires; one run uses a store at a time (see {@link StoreLock}).
 */
public interface PostingStore extends ValidatorStore, AutoCloseable {

  /** Starts a run; runs left {@code RUNNING} by a killed process are marked interrupted. */
  long startRun(Instant at);

  /** Ends a run with its status. */
  void finishRun(long runId, Instant at, RunRecord.Status status);

  /** A run as recorded, or null. */
  RunRecord run(long runId);

  /** Begins the changes of one source in one run. */
  Transaction begin(String source, long runId);

  /** The events recorded but not yet delivered, oldest first. */
  List<ChangeEvent> undelivered();

  /** Marks every event up to and including {@code seq} delivered. */
  void markDelivered(long seq, Instant at);

  /** Closes the store. */
  @Override
  void close();

  /**
   * The changes of one source in one run; nothing is stored until {@link #commit}. Page
   * validators put into the store since the last commit are committed with it, so that a page is
   * never remembered as seen while its postings are not.
   */
  interface Transaction extends AutoCloseable {
    /** The source's postings, open and closed, by id. */
    Map<String, StoredPosting> postings();

    /**
     * The id of the earliest stored open posting (of any source, another id than {@code id}) that
     * is the same job by {@link Duplicates#match}, followed to the posting it is itself a
     * duplicate of; null when there is none.
     */
    String duplicateOf(DuplicateKey key, String id);

    /** Inserts or replaces a posting of this source. */
    void save(StoredPosting posting);

    /** Records an event, to be delivered after the commit. */
    void record(ChangeEvent event);

    /** Records that a posting was seen, for the run's counts. */
    void seen(int count);

    /** Records a failure of this source in this run. */
    void failure(String message);

    /** Notes that the source was read completely at this time. */
    void completed(Instant at);

    /** Stores everything at once. */
    void commit();

    /** Drops whatever was not committed. */
    @Override
    void close();
  }
}
