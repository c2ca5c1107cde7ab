package io.github.jobnorm.fetch;

import java.time.Duration;
import java.time.Instant;

/**
 * The fetcher's view of time: the wall clock, a monotonic clock, and waiting. Every wait the
 * fetcher imposes (rate limits, jitter, retry back-off, {@code Retry-After}) goes through {@link
 * #sleep}, so a test can supply a clock that advances instantly and observe each wait. Socket
 * timeouts are not waits of ours and always run in real time.
 */
public interface Timing {

  /** The current wall-clock time, for {@code fetchedAt} and HTTP dates. */
  Instant now();

  /** A monotonic reading in nanoseconds, for measuring intervals. */
  long nanoTime();

  /**
   * Waits for the duration; returns at once for zero or negative durations.
   *
   * @throws InterruptedException when the waiting thread is interrupted
   */
  void sleep(Duration duration) throws InterruptedException;

  /** The system clocks and {@link Thread#sleep}. */
  static Timing system() {
    return SystemTiming.INSTANCE;
  }

  /** Real time. */
  enum SystemTiming implements Timing {
    /** The only instance. */
    INSTANCE;

    @Override
    public Instant now() {
      return Instant.now();
    }

    @Override
    public long nanoTime() {
      return System.nanoTime();
    }

    @Override
    public void sleep(Duration duration) throws InterruptedException {
      long nanos = duration.toNanos();
      if (nanos > 0) {
        Thread.sleep(nanos / 1_000_000L, (int) (nanos % 1_000_000L));
      }
    }
  }
}
