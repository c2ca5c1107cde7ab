package io.github.jobnorm.fetch;

import java.time.Duration;

/** Sleeping inside the interceptor chain, where only {@link java.io.IOException}s may pass. */
final class Waits {
  private Waits() {}

  /**
   * Waits; an interrupt becomes a {@link FetchResult.Reason#NETWORK} failure with the thread's
   * interrupt flag kept set, so the caller's own loop sees it.
   */
  static void sleep(Timing timing, Duration duration) throws FetchException {
    if (duration.isZero() || duration.isNegative()) {
      return;
    }
    try {
      timing.sleep(duration);
    } catch (InterruptedException e) {
      throw interrupted();
    }
  }

  /** The failure for an interrupted wait; sets the thread's interrupt flag again. */
  static FetchException interrupted() {
    Thread.currentThread().interrupt();
    return new FetchException(FetchResult.Reason.NETWORK, 0, "interrupted while waiting", false);
  }
}
