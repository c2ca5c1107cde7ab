package io.github.jobnorm.store;

import io.github.jobnorm.json.JobPostingJson;
import io.github.jobnorm.model.JobPosting;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One aggregator run: each source is listed, compared with the store and committed in its own
 * transaction together with its change events (the outbox); after each commit the events are
 * written to the sink and marked delivered. A run first delivers what a killed run left
 * undelivered. So a process killed at any point loses nothing: a source not yet committed is read
 * again by the next run, and events committed but not delivered are delivered by it.
 *
 * <p>A posting is {@code NEW} when its source shows it for the first time (or again after it
 * closed), {@code CHANGED} when its content hash ({@link PostingContent}) differs from the one
 * stored, and {@code CLOSED} when a {@linkplain SourceListing.Completeness#COMPLETE complete}
 * listing of its source no longer shows it; partial, failed and unchanged (304) listings close
 * nothing.
 */
public final class Aggregator {
  private final PostingStore store;
  private final EventSink sink;
  private final Mode mode;
  private final Clock clock;

  /** Which events a run writes. */
  public enum Mode {
    /** Only what changed since the last run: {@code NEW}, {@code CHANGED}, {@code CLOSED}. */
    SINCE_LAST,
    /** Those, and an {@code UNCHANGED} event for every other posting the sources show. */
    ALL
  }

  /**
   * What a run did.
   *
   * @param record the run as the store recorded it
   * @param replayed events left undelivered by an earlier run and delivered by this one
   * @param written events of this run delivered
   */
  public record Summary(RunRecord record, int replayed, int written) {}

  /** A runner over a store (held locked by the caller) writing to a sink. */
  public Aggregator(PostingStore store, EventSink sink, Mode mode, Clock clock) {
    this.store = Objects.requireNonNull(store, "store == null");
    this.sink = Objects.requireNonNull(sink, "sink == null");
    this.mode = Objects.requireNonNull(mode, "mode == null");
    this.clock = Objects.requireNonNull(clock, "clock == null");
  }

  /**
   * Runs the sources in order.
   *
   * @throws IOException when the sink cannot be written (the events stay in the outbox)
   */
  public Summary run(List<ListingSource> sources) throws IOException {
    long runId = store.startRun(now());
    int replayed = deliver();
    int written = 0;
    boolean failed = false;
    for (ListingSource source : sources) {
      failed |= runSource(runId, source);
      written += deliver();
    }
    store.finishRun(runId, now(),
        failed ? RunRecord.Status.DONE_WITH_FAILURES : RunRecord.Status.DONE);
    return new Summary(store.run(runId), replayed, written);
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MILLIS);
  }

  /** Lists, compares and commits one source; true when it had failures. */
  private boolean runSource(long runId, ListingSource source) {
    String name = source.name();
    try (PostingStore.Transaction tx = store.begin(name, runId)) {
      SourceListing listing;
      try {
        listing = source.fetch();
      } catch (RuntimeException e) {
        listing = SourceListing.failed("jobnorm could not list this source (" + e
            + "); please report it");
      }
      Instant at = now();
      Map<String, StoredPosting> stored = tx.postings();
      Set<String> seen = new HashSet<>();
      if (listing.completeness() == SourceListing.Completeness.NOT_MODIFIED) {
        for (StoredPosting old : stored.values()) {
          if (old.open()) {
            seen.add(old.id());
            tx.save(seenAgain(old, old.json(), at));
            unchanged(tx, old, at);
          }
        }
      }
      for (JobPosting p : listing.postings()) {
        if (seen.add(p.id())) {
          compare(tx, name, stored.get(p.id()), p, at);
        }
      }
      if (listing.completeness() == SourceListing.Completeness.COMPLETE) {
        for (StoredPosting old : stored.values()) {
          if (old.open() && !seen.contains(old.id())) {
            tx.save(new StoredPosting(old.source(), old.id(), old.hash(), old.json(),
                old.firstSeen(), old.lastSeen(), old.lastChanged(), at, old.key(),
                old.duplicateOf()));
            tx.record(new ChangeEvent(0, ChangeEvent.Change.CLOSED, at, name, List.of(),
                old.json(), old.duplicateOf()));
          }
        }
        tx.completed(at);
      }
      listing.failures().forEach(tx::failure);
      tx.seen(seen.size());
      tx.commit();
      return !listing.failures().isEmpty();
    }
  }

  /** Stores a posting the source shows and records what happened to it. */
  private void compare(PostingStore.Transaction tx, String source, StoredPosting old,
      JobPosting p, Instant at) {
    String json = JobPostingJson.write(p);
    String hash = PostingContent.hash(json);
    // the key (a SimHash over the whole description) is only needed when the posting is stored
    // with new content; an unchanged posting keeps the key it was stored with
    if (old == null || !old.open()) {
      DuplicateKey key = DuplicateKey.of(p);
      String dup = tx.duplicateOf(key, p.id());
      tx.save(new StoredPosting(source, p.id(), hash, json,
          old == null ? at : old.firstSeen(), at, at, null, key, dup));
      tx.record(new ChangeEvent(0, ChangeEvent.Change.NEW, at, source, List.of(), json, dup));
    } else if (!old.hash().equals(hash)) {
      List<String> fields = PostingContent.changedFields(old.json(), json);
      DuplicateKey key = DuplicateKey.of(p);
      String dup = tx.duplicateOf(key, p.id());
      tx.save(new StoredPosting(source, p.id(), hash, json, old.firstSeen(), at, at, null, key,
          dup));
      tx.record(new ChangeEvent(0, ChangeEvent.Change.CHANGED, at, source, fields, json, dup));
    } else {
      StoredPosting again = seenAgain(old, json, at);
      tx.save(again);
      unchanged(tx, again, at);
    }
  }

  /** The stored posting seen again with the same content; its volatile fields are updated. */
  private static StoredPosting seenAgain(StoredPosting old, String json, Instant at) {
    return new StoredPosting(old.source(), old.id(), old.hash(), json, old.firstSeen(), at,
        old.lastChanged(), null, old.key(), old.duplicateOf());
  }

  private void unchanged(PostingStore.Transaction tx, StoredPosting p, Instant at) {
    if (mode == Mode.ALL) {
      tx.record(new ChangeEvent(0, ChangeEvent.Change.UNCHANGED, at, p.source(), List.of(),
          p.json(), p.duplicateOf()));
    }
  }

  /**
   * Writes the undelivered events and marks them delivered. Events a file sink already holds
   * (a kill struck between writing and marking) are only marked.
   */
  private int deliver() throws IOException {
    List<ChangeEvent> events = store.undelivered();
    if (events.isEmpty()) {
      return 0;
    }
    long inFile = sink.lastWritten();
    List<ChangeEvent> toWrite = events.stream().filter(e -> e.seq() > inFile).toList();
    if (toWrite.size() < events.size()) {
      store.markDelivered(inFile, now());
    }
    if (toWrite.isEmpty()) {
      return 0;
    }
    sink.write(toWrite);
    store.markDelivered(toWrite.get(toWrite.size() - 1).seq(), now());
    return toWrite.size();
  }
}
