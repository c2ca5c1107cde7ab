package io.github.jobnorm.store;

import java.time.Instant;
import java.util.Objects;

/**
 * A posting as the store remembers it for one source.
 *
 * @param source the source's name
 * @param id the posting's contract id
 * @param hash the content hash ({@link PostingContent#hash})
 * @param json the contract JSON last seen
 * @param firstSeen when the source first showed it
 * @param lastSeen when the source last showed it
 * @param lastChanged when its content last changed (its first sighting at first)
 * @param closedAt when a complete listing stopped showing it; null while it is open
 * @param key what duplicate detection compares
 * @param duplicateOf the id of the earlier posting of the same job, or null
 */
public record StoredPosting(
    String source,
    String id,
    String hash,
    String json,
    Instant firstSeen,
    Instant lastSeen,
    Instant lastChanged,
    Instant closedAt,
    DuplicateKey key,
    String duplicateOf) {

  /** Requires everything but the closing time and the duplicate. */
  public StoredPosting {
    Objects.requireNonNull(source, "source == null");
    Objects.requireNonNull(id, "id == null");
    Objects.requireNonNull(hash, "hash == null");
    Objects.requireNonNull(json, "json == null");
    Objects.requireNonNull(firstSeen, "firstSeen == null");
    Objects.requireNonNull(lastSeen, "lastSeen == null");
    Objects.requireNonNull(lastChanged, "lastChanged == null");
    Objects.requireNonNull(key, "key == null");
  }

  /** Whether it is open. */
  public boolean open() {
    return closedAt == null;
  }
}
