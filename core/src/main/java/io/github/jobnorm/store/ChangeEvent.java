package io.github.jobnorm.store;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What happened to one posting of one source in a run: one line of the events file.
 *
 * @param seq the event's number in its store: strictly increasing, never reused; 0 before the
 *     store assigned it
 * @param change new, changed, closed, or (with {@code --all}) unchanged
 * @param at when the change was recorded (when its source was committed)
 * @param source the name of the source in the run file
 * @param changedFields for {@code CHANGED}, the contract's top-level fields that changed; else
 *     empty
 * @param postingJson the posting's contract JSON; for {@code CLOSED}, as it was last seen
 * @param duplicateOf the id of an earlier stored posting of the same job, or null
 */
public record ChangeEvent(
    long seq,
    Change change,
    Instant at,
    String source,
    List<String> changedFields,
    String postingJson,
    String duplicateOf) {

  /** What happened to a posting. */
  public enum Change {
    /** First seen in this source, or seen again after it closed. */
    NEW,
    /** Seen before, and its content (see {@link PostingContent}) differs. */
    CHANGED,
    /** A complete listing of the source no longer shows it. */
    CLOSED,
    /** Seen again unchanged; written only by runs asked for every posting ({@code --all}). */
    UNCHANGED
  }

  /** Requires every part but the duplicate; copies the fields. */
  public ChangeEvent {
    Objects.requireNonNull(change, "change == null");
    Objects.requireNonNull(at, "at == null");
    Objects.requireNonNull(source, "source == null");
    Objects.requireNonNull(postingJson, "postingJson == null");
    changedFields = List.copyOf(changedFields == null ? List.of() : changedFields);
  }
}
