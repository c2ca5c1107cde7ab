package io.github.jobnorm.fetch;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A clock that only moves when the fetcher waits, and remembers every wait. */
final class FakeTiming implements Timing {
  static final Instant START = Instant.parse("2026-01-05T10:00:00Z");

  private long nanos;
  private final List<Duration> sleeps = new ArrayList<>();

  @Override
  public synchronized Instant now() {
    return START.plusNanos(nanos);
  }

  @Override
  public synchronized long nanoTime() {
    return nanos;
  }

  @Override
  public synchronized void sleep(Duration duration) {
    sleeps.add(duration);
    nanos += duration.toNanos();
  }

  /** Moves the clock without a wait of the fetcher's. */
  synchronized void advance(Duration duration) {
    nanos += duration.toNanos();
  }

  synchronized Duration elapsed() {
    return Duration.ofNanos(nanos);
  }

  synchronized List<Duration> sleeps() {
    return List.copyOf(sleeps);
  }
}
