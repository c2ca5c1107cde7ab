package io.github.jobnorm.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** One source's changes in one run, in one JDBC transaction of {@link JdbcPostingStore}. */
final class JdbcTransaction implements PostingStore.Transaction {
  private static final String COLUMNS = "source, id, hash, json, first_seen, last_seen,"
      + " last_changed, closed_at, company_key, title_key, places, simhash, words, duplicate_of";

  private final JdbcPostingStore store;
  private final Connection c;
  private final String source;
  private final long runId;
  private final int[] counts = new int[ChangeEvent.Change.values().length];
  private int seen;
  private Instant completedAt;
  private boolean done;

  JdbcTransaction(JdbcPostingStore store, Connection c, String source, long runId)
      throws SQLException {
    this.store = store;
    this.c = c;
    this.source = source;
    this.runId = runId;
    c.setAutoCommit(false);
  }

  @Override
  public Map<String, StoredPosting> postings() {
    return JdbcPostingStore.sql(() -> {
      Map<String, StoredPosting> out = new HashMap<>();
      try (PreparedStatement p =
          c.prepareStatement("SELECT " + COLUMNS + " FROM posting WHERE source = ?")) {
        p.setString(1, source);
        try (ResultSet r = p.executeQuery()) {
          while (r.next()) {
            StoredPosting s = read(r);
            out.put(s.id(), s);
          }
        }
      }
      return out;
    });
  }

  private static StoredPosting read(ResultSet r) throws SQLException {
    long closed = r.getLong(8);
    Instant closedAt = r.wasNull() ? null : Instant.ofEpochMilli(closed);
    DuplicateKey key = new DuplicateKey(r.getString(9), r.getString(10),
        DuplicateKey.decodePlaces(r.getString(11)), r.getLong(12), r.getInt(13));
    return new StoredPosting(r.getString(1), r.getString(2), r.getString(3), r.getString(4),
        Instant.ofEpochMilli(r.getLong(5)), Instant.ofEpochMilli(r.getLong(6)),
        Instant.ofEpochMilli(r.getLong(7)), closedAt, key, r.getString(14));
  }

  @Override
  public String duplicateOf(DuplicateKey key, String id) {
    return JdbcPostingStore.sql(() -> {
      StoredPosting best = null;
      try (PreparedStatement p = c.prepareStatement("SELECT " + COLUMNS + " FROM posting"
          + " WHERE closed_at IS NULL AND id <> ? AND ((company_key = ? AND title_key = ?)"
          + " OR band0 = ? OR band1 = ? OR band2 = ? OR band3 = ?)")) {
        p.setString(1, id);
        p.setString(2, key.company());
        p.setString(3, key.title());
        setBands(p, 4, key);
        try (ResultSet r = p.executeQuery()) {
          while (r.next()) {
            StoredPosting s = read(r);
            if (Duplicates.match(key, s.key()) != null && earlier(s, best)) {
              best = s;
            }
          }
        }
      }
      if (best == null) {
        return null;
      }
      return best.duplicateOf() != null ? best.duplicateOf() : best.id();
    });
  }

  private static boolean earlier(StoredPosting a, StoredPosting b) {
    if (b == null) {
      return true;
    }
    int c = a.firstSeen().compareTo(b.firstSeen());
    if (c == 0) {
      c = a.id().compareTo(b.id());
    }
    return c == 0 ? a.source().compareTo(b.source()) < 0 : c < 0;
  }

  /**
   * The SimHash in four 16-bit bands: two hashes at most 3 bits apart agree in at least one
   * band, so an index on each band finds every near-identical candidate. Short descriptions get
   * no bands: they are never compared.
   */
  private static void setBands(PreparedStatement p, int first, DuplicateKey key)
      throws SQLException {
    boolean compared = key.words() >= Duplicates.MIN_WORDS;
    for (int b = 0; b < 4; b++) {
      if (compared) {
        p.setInt(first + b, (int) ((key.simhash() >>> (16 * b)) & 0xFFFF));
      } else {
        p.setNull(first + b, java.sql.Types.INTEGER);
      }
    }
  }

  @Override
  public void save(StoredPosting s) {
    if (!s.source().equals(source)) {
      throw new IllegalArgumentException("posting of " + s.source() + " saved in " + source);
    }
    JdbcPostingStore.sql(() -> {
      try (PreparedStatement p = c.prepareStatement("INSERT OR REPLACE INTO posting ("
          + COLUMNS + ", band0, band1, band2, band3)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
        p.setString(1, s.source());
        p.setString(2, s.id());
        p.setString(3, s.hash());
        p.setString(4, s.json());
        p.setLong(5, s.firstSeen().toEpochMilli());
        p.setLong(6, s.lastSeen().toEpochMilli());
        p.setLong(7, s.lastChanged().toEpochMilli());
        if (s.closedAt() == null) {
          p.setNull(8, java.sql.Types.INTEGER);
        } else {
          p.setLong(8, s.closedAt().toEpochMilli());
        }
        p.setString(9, s.key().company());
        p.setString(10, s.key().title());
        p.setString(11, s.key().encodedPlaces());
        p.setLong(12, s.key().simhash());
        p.setInt(13, s.key().words());
        p.setString(14, s.duplicateOf());
        setBands(p, 15, s.key());
        return p.executeUpdate();
      }
    });
  }

  @Override
  public void record(ChangeEvent e) {
    counts[e.change().ordinal()]++;
    JdbcPostingStore.sql(() -> {
      try (PreparedStatement p = c.prepareStatement("INSERT INTO outbox (run_id, change, at,"
          + " source, changed_fields, posting_json, duplicate_of) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
        p.setLong(1, runId);
        p.setString(2, e.change().name());
        p.setLong(3, e.at().toEpochMilli());
        p.setString(4, e.source());
        p.setString(5, String.join(",", e.changedFields()));
        p.setString(6, e.postingJson());
        p.setString(7, e.duplicateOf());
        return p.executeUpdate();
      }
    });
  }

  @Override
  public void seen(int count) {
    seen += count;
  }

  @Override
  public void failure(String message) {
    JdbcPostingStore.sql(() -> {
      try (PreparedStatement p = c.prepareStatement(
          "INSERT INTO run_failure (run_id, source, message) VALUES (?, ?, ?)")) {
        p.setLong(1, runId);
        p.setString(2, source);
        p.setString(3, message);
        return p.executeUpdate();
      }
    });
  }

  @Override
  public void completed(Instant at) {
    completedAt = at;
  }

  @Override
  public void commit() {
    Instant now = Instant.now();
    JdbcPostingStore.sql(() -> {
      store.flushValidators(now);
      try (PreparedStatement p = c.prepareStatement("UPDATE run SET new_count = new_count + ?,"
          + " changed_count = changed_count + ?, closed_count = closed_count + ?,"
          + " seen_count = seen_count + ? WHERE id = ?")) {
        p.setInt(1, counts[ChangeEvent.Change.NEW.ordinal()]);
        p.setInt(2, counts[ChangeEvent.Change.CHANGED.ordinal()]);
        p.setInt(3, counts[ChangeEvent.Change.CLOSED.ordinal()]);
        p.setInt(4, seen);
        p.setLong(5, runId);
        p.executeUpdate();
      }
      try (PreparedStatement p = c.prepareStatement("INSERT INTO source_state"
          + " (name, last_run, last_run_at, last_complete_at) VALUES (?, ?, ?, ?)"
          + " ON CONFLICT (name) DO UPDATE SET last_run = excluded.last_run,"
          + " last_run_at = excluded.last_run_at,"
          + " last_complete_at = COALESCE(excluded.last_complete_at, last_complete_at)")) {
        p.setString(1, source);
        p.setLong(2, runId);
        p.setLong(3, now.toEpochMilli());
        if (completedAt == null) {
          p.setNull(4, java.sql.Types.INTEGER);
        } else {
          p.setLong(4, completedAt.toEpochMilli());
        }
        p.executeUpdate();
      }
      c.commit();
      return null;
    });
    done = true;
    store.clearValidators();
  }

  @Override
  public void close() {
    JdbcPostingStore.sql(() -> {
      if (!done) {
        c.rollback();
        store.clearValidators();
      }
      c.setAutoCommit(true);
      return null;
    });
  }
}
