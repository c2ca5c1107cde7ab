package io.github.jobnorm.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The store's tables, created and migrated in steps: {@code schema_version} holds the number of
 * the last step applied, and each step runs in its own transaction, so that a store written by an
 * older version is brought up to date on open and a newer store is refused.
 */
final class StoreSchema {
  /** The steps, in order; step N brings the schema to version N + 1. Append, never edit. */
  private static final List<List<String>> STEPS = List.of(
      List.of(
        "CREATE TABLE posting ("
            + " source TEXT NOT NULL, id TEXT NOT NULL, hash TEXT NOT NULL, json TEXT NOT NULL,"
            + " first_seen INTEGER NOT NULL, last_seen INTEGER NOT NULL,"
            + " last_changed INTEGER NOT NULL, closed_at INTEGER,"
            + " company_key TEXT, title_key TEXT, places TEXT NOT NULL,"
            + " simhash INTEGER NOT NULL, words INTEGER NOT NULL,"
            + " band0 INTEGER, band1 INTEGER, band2 INTEGER, band3 INTEGER,"
            + " duplicate_of TEXT, PRIMARY KEY (source, id))",
        "CREATE INDEX posting_company_title ON posting (company_key, title_key)",
        "CREATE INDEX posting_band0 ON posting (band0)",
        "CREATE INDEX posting_band1 ON posting (band1)",
        "CREATE INDEX posting_band2 ON posting (band2)",
        "CREATE INDEX posting_band3 ON posting (band3)",
        "CREATE TABLE source_state ("
            + " name TEXT PRIMARY KEY, last_run INTEGER NOT NULL, last_run_at INTEGER NOT NULL,"
            + " last_complete_at INTEGER)",
        "CREATE TABLE validator ("
            + " url TEXT PRIMARY KEY, etag TEXT, last_modified TEXT, stored_at INTEGER NOT NULL)",
        "CREATE TABLE run ("
            + " id INTEGER PRIMARY KEY AUTOINCREMENT, started_at INTEGER NOT NULL,"
            + " ended_at INTEGER, status TEXT NOT NULL,"
            + " new_count INTEGER NOT NULL DEFAULT 0, changed_count INTEGER NOT NULL DEFAULT 0,"
            + " closed_count INTEGER NOT NULL DEFAULT 0, seen_count INTEGER NOT NULL DEFAULT 0)",
        "CREATE TABLE run_failure ("
            + " run_id INTEGER NOT NULL REFERENCES run (id), source TEXT NOT NULL,"
            + " message TEXT NOT NULL)",
        "CREATE TABLE outbox ("
            + " seq INTEGER PRIMARY KEY AUTOINCREMENT, run_id INTEGER NOT NULL,"
            + " change TEXT NOT NULL, at INTEGER NOT NULL, source TEXT NOT NULL,"
            + " changed_fields TEXT NOT NULL, posting_json TEXT NOT NULL, duplicate_of TEXT,"
            + " delivered_at INTEGER)",
        "CREATE INDEX outbox_undelivered ON outbox (delivered_at, seq)"));

  /** The version this code writes. */
  static final int VERSION = STEPS.size();

  private StoreSchema() {}

  /**
   * Brings the schema up to {@link #VERSION}.
   *
   * @throws SQLException when the store is newer than this code, or a step fails
   */
  static void migrate(Connection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)");
    }
    int version = version(c);
    if (version > VERSION) {
      throw new SQLException("the store has schema version " + version
          + ", newer than this jobnorm's " + VERSION + ": use a newer jobnorm");
    }
    boolean auto = c.getAutoCommit();
    c.setAutoCommit(false);
    try {
      for (int v = version; v < VERSION; v++) {
        try (Statement s = c.createStatement()) {
          for (String sql : STEPS.get(v)) {
            s.execute(sql);
          }
          s.execute("DELETE FROM schema_version");
          s.execute("INSERT INTO schema_version (version) VALUES (" + (v + 1) + ")");
        }
        c.commit();
      }
    } catch (SQLException e) {
      c.rollback();
      throw e;
    } finally {
      c.setAutoCommit(auto);
    }
  }

  /** The version applied, 0 for a new store. */
  static int version(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT MAX(version) FROM schema_version")) {
      return r.next() ? r.getInt(1) : 0;
    }
  }
}
