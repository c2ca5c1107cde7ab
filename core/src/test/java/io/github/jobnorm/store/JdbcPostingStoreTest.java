package io.github.jobnorm.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jobnorm.fetch.Validators;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The SQLite store: schema versions, WAL, transactions with validators, the lock. */
class JdbcPostingStoreTest {
  @TempDir Path dir;

  private static String query(Path db, String sql) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      return r.next() ? r.getString(1) : null;
    }
  }

  @Test
  void aNewStoreIsCreatedAtTheCurrentVersionInWalMode() throws Exception {
    Path db = dir.resolve("jobnorm.db");
    try (JdbcPostingStore store = JdbcPostingStore.open(db)) {
      assertThat(store.schemaVersion()).isEqualTo(StoreSchema.VERSION);
    }
    try (JdbcPostingStore store = JdbcPostingStore.open(db)) {
      assertThat(store.schemaVersion()).isEqualTo(StoreSchema.VERSION);
    }
    assertThat(query(db, "PRAGMA journal_mode")).isEqualTo("wal");
    assertThat(query(db, "SELECT COUNT(*) FROM schema_version")).isEqualTo("1");
  }

  @Test
  void aStoreOfANewerVersionIsRefused() throws Exception {
    Path db = dir.resolve("jobnorm.db");
    JdbcPostingStore.open(db).close();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement s = c.createStatement()) {
      s.execute("UPDATE schema_version SET version = " + (StoreSchema.VERSION + 1));
    }
    assertThatThrownBy(() -> JdbcPostingStore.open(db)).isInstanceOf(StoreException.class)
        .hasMessageContaining("newer than this jobnorm's " + StoreSchema.VERSION);
  }

  @Test
  void validatorsAreKeptOnlyWithTheirSourcesCommit() throws Exception {
    Path db = dir.resolve("jobnorm.db");
    Validators v = new Validators("\"abc\"", null);
    try (JdbcPostingStore store = JdbcPostingStore.open(db)) {
      long run = store.startRun(Instant.now());
      try (PostingStore.Transaction tx = store.begin("a", run)) {
        store.put("https://example.com/dropped", v);
        assertThat(store.get("https://example.com/dropped")).isEqualTo(v);
      } // not committed: a crash here must not leave the page remembered as seen
      try (PostingStore.Transaction tx = store.begin("b", run)) {
        store.put("https://example.com/kept", v);
        tx.failure("one posting failed");
        tx.commit();
      }
      assertThat(store.get("https://example.com/dropped")).isNull();
      assertThat(store.run(run).failures())
          .containsExactly(new RunRecord.Failure("b", "one posting failed"));
    }
    try (JdbcPostingStore store = JdbcPostingStore.open(db)) {
      assertThat(store.get("https://example.com/kept")).isEqualTo(v);
    }
    assertThat(query(db, "SELECT last_run FROM source_state WHERE name = 'b'")).isEqualTo("1");
  }

  @Test
  void aSecondRunOnTheStoreIsRefusedUntilTheFirstEnds() throws Exception {
    Path db = dir.resolve("jobnorm.db");
    try (StoreLock first = StoreLock.acquire(db, Duration.ZERO)) {
      assertThatThrownBy(() -> StoreLock.acquire(db, Duration.ofMillis(300)))
          .isInstanceOf(StoreLockedException.class)
          .hasMessageContaining("another run holds " + StoreLock.lockFile(db))
          .hasMessageContaining("process " + ProcessHandle.current().pid());
    }
    StoreLock.acquire(db, Duration.ZERO).close();
    assertThat(List.of(StoreLock.lockFile(db).getFileName().toString()))
        .containsExactly("jobnorm.db.lock");
  }
}
