package io.github.jobnorm.store;

/**
 * Where a run writes: the run file's {@code output} block.
 *
 * @param events the JSON Lines file change events are appended to, relative to the run file, or
 *     {@code -} for standard output; default {@code NAME.events.jsonl} beside the run file
 * @param store the SQLite state store, relative to the run file; default {@code NAME.db} beside
 *     the run file
 */
public record OutputSettings(String events, String store) {

  /** Every default. */
  public static final OutputSettings DEFAULTS = new OutputSettings(null, null);

  /** Rejects blank paths. */
  public OutputSettings {
    if (events != null && events.isBlank()) {
      throw new IllegalArgumentException("events is blank");
    }
    if (store != null && store.isBlank()) {
      throw new IllegalArgumentException("store is blank");
    }
  }
}
