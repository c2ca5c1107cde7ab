package io.github.jobnorm.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The events file after kills: a cut line, and events written but not marked delivered. */
class EventSinkTest {
  @TempDir Path dir;

  private static ChangeEvent event(long seq) {
    return new ChangeEvent(seq, ChangeEvent.Change.NEW, Instant.parse("2026-11-24T19:00:00Z"),
        "greenhouse:acme", List.of(), "{\"id\":\"greenhouse:" + seq + "\"}", null);
  }

  @Test
  void aLineCutShortByAKillIsRemovedAndTheLastWholeLineGivesTheSeq() throws Exception {
    Path file = dir.resolve("events.jsonl");
    try (EventSink sink = EventSink.file(file)) {
      assertThat(sink.lastWritten()).isZero();
      sink.write(List.of(event(1), event(2)));
    }
    byte[] third = EventSink.line(event(3));
    Files.write(file, java.util.Arrays.copyOf(third, third.length / 2), StandardOpenOption.APPEND);

    try (EventSink sink = EventSink.file(file)) {
      assertThat(sink.lastWritten()).isEqualTo(2);
      sink.write(List.of(event(3)));
      assertThat(sink.lastWritten()).isEqualTo(3);
    }
    assertThat(Files.readAllLines(file)).containsExactly(
        new String(EventSink.line(event(1)), StandardCharsets.UTF_8).strip(),
        new String(EventSink.line(event(2)), StandardCharsets.UTF_8).strip(),
        new String(third, StandardCharsets.UTF_8).strip());
  }

  /**
   * A posting may hold a description longer than Jackson's default string limit (20,000,000
   * characters); the seq before it must still be read, or the events already in the file would be
   * written again.
   */
  @Test
  void theSeqOfALineLongerThanJacksonsDefaultStringLimitIsRead() throws Exception {
    Path file = dir.resolve("events.jsonl");
    String description = "x".repeat(21_000_000);
    ChangeEvent big = new ChangeEvent(5, ChangeEvent.Change.NEW,
        Instant.parse("2026-11-24T19:00:00Z"), "greenhouse:acme", List.of(),
        "{\"id\":\"greenhouse:5\",\"description\":\"" + description + "\"}", null);
    try (EventSink sink = EventSink.file(file)) {
      sink.write(List.of(event(4), big));
    }

    try (EventSink sink = EventSink.file(file)) {
      assertThat(sink.lastWritten()).isEqualTo(5);
    }
  }

  @Test
  void anEventLineHasTheDocumentedShape() {
    ChangeEvent e = new ChangeEvent(7, ChangeEvent.Change.CHANGED,
        Instant.parse("2026-11-24T19:00:00.123Z"), "lever:acme", List.of("pay", "locations"),
        "{\"id\":\"lever:x\"}", "greenhouse:1");
    assertThat(new String(EventSink.line(e), StandardCharsets.UTF_8)).isEqualTo(
        "{\"seq\":7,\"change\":\"CHANGED\",\"at\":\"2026-11-24T19:00:00.123Z\","
            + "\"source\":\"lever:acme\",\"changedFields\":[\"pay\",\"locations\"],"
            + "\"posting\":{\"id\":\"lever:x\"},\"duplicateOf\":\"greenhouse:1\"}\n");
  }

  /**
   * The narrowest window: the events are in the file but the process dies before the store marks
   * them delivered. Simulated by a store whose first mark fails; the next run marks them from the
   * file instead of writing them again.
   */
  @Test
  void eventsWrittenButNotMarkedAreNotWrittenAgain() throws Exception {
    Path file = dir.resolve("events.jsonl");
    Path db = dir.resolve("s.db");
    try (JdbcPostingStore store = JdbcPostingStore.open(db)) {
      long run = store.startRun(Instant.now());
      try (PostingStore.Transaction tx = store.begin("acme", run)) {
        tx.record(event(0));
        tx.record(event(0));
        tx.commit();
      }
    }
    try (JdbcPostingStore store = JdbcPostingStore.open(db); EventSink sink = EventSink.file(file)) {
      sink.write(store.undelivered()); // ... and the process is killed here
    }
    try (JdbcPostingStore store = JdbcPostingStore.open(db); EventSink sink = EventSink.file(file)) {
      Aggregator.Summary s = new Aggregator(store, sink, Aggregator.Mode.SINCE_LAST,
          Clock.systemUTC()).run(List.of());
      assertThat(s.replayed()).isZero();
      assertThat(store.undelivered()).isEmpty();
    }
    assertThat(Files.readAllLines(file)).hasSize(2);
  }

  @Test
  void aStreamCannotLookBackSoUndeliveredEventsAreWrittenAgain() throws Exception {
    Path db = dir.resolve("s.db");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JdbcPostingStore store = JdbcPostingStore.open(db)) {
      long run = store.startRun(Instant.now());
      try (PostingStore.Transaction tx = store.begin("acme", run)) {
        tx.record(event(0));
        tx.commit();
      }
      Aggregator.Summary s = new Aggregator(store, EventSink.stream(out),
          Aggregator.Mode.SINCE_LAST, Clock.systemUTC()).run(List.of());
      assertThat(s.replayed()).isEqualTo(1);
      assertThat(store.run(run).status()).isEqualTo(RunRecord.Status.INTERRUPTED);
    }
    assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("{\"seq\":1,\"change\":\"NEW\"");
  }
}
