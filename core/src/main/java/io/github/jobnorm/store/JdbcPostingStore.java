package io.github.jobnorm.store;

import io.github.jobnorm.fetch.Validators;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@link PostingStore} over JDBC, with SQLite as the embedded default: one file, in WAL mode
 * (readers do not block the run), {@code synchronous=FULL} (a committed source survives a power
 * cut, not only a killed process). The schema is created and migrated on open ({@link
 * StoreSchema}). Also the fetcher's {@link io.github.jobnorm.fetch.ValidatorStore}: validators put
 * during a source's fetch are held in memory and committed with the source's transaction.
 */
public final class JdbcPostingStore implements PostingStore {
  /** Delivered events are kept this long for inspection, then deleted when a run starts. */
  static final Duration KEEP_DELIVERED = Duration.ofDays(30);

  private final Connection c;
  private final Map<String, Validators> pending = new LinkedHashMap<>();

  private JdbcPostingStore(Connection c) {
    this.c = c;
  }

  /**
   * Opens (creating when missing) the SQLite store in a file.
   *
   * @throws StoreException when the file cannot be opened or is not a jobnorm store
   */
  public static JdbcPostingStore open(Path file) {
    Path abs = file.toAbsolutePath();
    try {
      Connection c = DriverManager.getConnection("jdbc:sqlite:" + abs);
      try (Statement s = c.createStatement()) {
        s.execute("PRAGMA busy_timeout = 10000");
        s.execute("PRAGMA journal_mode = WAL");
        s.execute("PRAGMA synchronous = FULL");
        s.execute("PRAGMA foreign_keys = ON");
      }
      StoreSchema.migrate(c);
      return new JdbcPostingStore(c);
    } catch (SQLException e) {
      throw new StoreException("cannot open the store " + abs + ": " + e.getMessage(), e);
    }
  }

  /** The schema version of the open store. */
  public int schemaVersion() {
    return sql(() -> StoreSchema.version(c));
  }

  @Override
  public synchronized long startRun(Instant at) {
    return sql(() -> {
      try (PreparedStatement interrupted = c.prepareStatement(
              "UPDATE run SET status = 'INTERRUPTED' WHERE status = 'RUNNING'");
          PreparedStatement prune = c.prepareStatement(
              "DELETE FROM outbox WHERE delivered_at IS NOT NULL AND delivered_at < ?");
          PreparedStatement insert = c.prepareStatement(
              "INSERT INTO run (started_at, status) VALUES (?, 'RUNNING')",
              Statement.RETURN_GENERATED_KEYS)) {
        interrupted.executeUpdate();
        prune.setLong(1, at.minus(KEEP_DELIVERED).toEpochMilli());
        prune.executeUpdate();
        insert.setLong(1, at.toEpochMilli());
        insert.executeUpdate();
        try (ResultSet keys = insert.getGeneratedKeys()) {
          keys.next();
          return keys.getLong(1);
        }
      }
    });
  }

  @Override
  public synchronized void finishRun(long runId, Instant at, RunRecord.Status status) {
    sql(() -> {
      try (PreparedStatement p =
          c.prepareStatement("UPDATE run SET ended_at = ?, status = ? WHERE id = ?")) {
        p.setLong(1, at.toEpochMilli());
        p.setString(2, status.name());
        p.setLong(3, runId);
        return p.executeUpdate();
      }
    });
  }

  @Override
  public synchronized RunRecord run(long runId) {
    return sql(() -> {
      List<RunRecord.Failure> failures = new ArrayList<>();
      try (PreparedStatement p = c.prepareStatement(
          "SELECT source, message FROM run_failure WHERE run_id = ? ORDER BY rowid")) {
        p.setLong(1, runId);
        try (ResultSet r = p.executeQuery()) {
          while (r.next()) {
            failures.add(new RunRecord.Failure(r.getString(1), r.getString(2)));
          }
        }
      }
      try (PreparedStatement p = c.prepareStatement(
          "SELECT started_at, ended_at, status, new_count, changed_count, closed_count,"
              + " seen_count FROM run WHERE id = ?")) {
        p.setLong(1, runId);
        try (ResultSet r = p.executeQuery()) {
          if (!r.next()) {
            return null;
          }
          long ended = r.getLong(2);
          return new RunRecord(runId, Instant.ofEpochMilli(r.getLong(1)),
              r.wasNull() ? null : Instant.ofEpochMilli(ended),
              RunRecord.Status.valueOf(r.getString(3)), r.getInt(4), r.getInt(5), r.getInt(6),
              r.getInt(7), failures);
        }
      }
    });
  }

  @Override
  public synchronized Transaction begin(String source, long runId) {
    return sql(() -> new JdbcTransaction(this, c, source, runId));
  }

  @Override
  public synchronized List<ChangeEvent> undelivered() {
    return sql(() -> {
      List<ChangeEvent> events = new ArrayList<>();
      try (Statement s = c.createStatement();
          ResultSet r = s.executeQuery(
              "SELECT seq, change, at, source, changed_fields, posting_json, duplicate_of"
                  + " FROM outbox WHERE delivered_at IS NULL ORDER BY seq")) {
        while (r.next()) {
          String fields = r.getString(5);
          events.add(new ChangeEvent(r.getLong(1), ChangeEvent.Change.valueOf(r.getString(2)),
              Instant.ofEpochMilli(r.getLong(3)), r.getString(4),
              fields.isEmpty() ? List.of() : List.of(fields.split(",")), r.getString(6),
              r.getString(7)));
        }
      }
      return events;
    });
  }

  @Override
  public synchronized void markDelivered(long seq, Instant at) {
    sql(() -> {
      try (PreparedStatement p = c.prepareStatement(
          "UPDATE outbox SET delivered_at = ? WHERE delivered_at IS NULL AND seq <= ?")) {
        p.setLong(1, at.toEpochMilli());
        p.setLong(2, seq);
        return p.executeUpdate();
      }
    });
  }

  /** The validators of a URL: put in this run and not yet committed, else stored. */
  @Override
  public synchronized Validators get(String url) {
    Validators v = pending.get(url);
    if (v != null) {
      return v;
    }
    return sql(() -> {
      try (PreparedStatement p =
          c.prepareStatement("SELECT etag, last_modified FROM validator WHERE url = ?")) {
        p.setString(1, url);
        try (ResultSet r = p.executeQuery()) {
          return r.next() ? new Validators(r.getString(1), r.getString(2)) : null;
        }
      }
    });
  }

  /** Holds the validators until the next source commit. */
  @Override
  public synchronized void put(String url, Validators validators) {
    pending.put(url, validators);
  }

  /** Writes the held validators inside the caller's transaction. */
  synchronized void flushValidators(Instant at) throws SQLException {
    try (PreparedStatement p = c.prepareStatement(
        "INSERT OR REPLACE INTO validator (url, etag, last_modified, stored_at)"
            + " VALUES (?, ?, ?, ?)")) {
      for (Map.Entry<String, Validators> e : pending.entrySet()) {
        p.setString(1, e.getKey());
        p.setString(2, e.getValue().etag());
        p.setString(3, e.getValue().lastModified());
        p.setLong(4, at.toEpochMilli());
        p.addBatch();
      }
      p.executeBatch();
    }
  }

  /** Forgets the held validators: committed, or dropped with their source's changes. */
  synchronized void clearValidators() {
    pending.clear();
  }

  @Override
  public synchronized void close() {
    try {
      c.close();
    } catch (SQLException e) {
      throw new StoreException("cannot close the store: " + e.getMessage(), e);
    }
  }

  interface SqlWork<T> {
    T run() throws SQLException;
  }

  static <T> T sql(SqlWork<T> work) {
    try {
      return work.run();
    } catch (SQLException e) {
      throw new StoreException("store: " + e.getMessage(), e);
    }
  }
}
