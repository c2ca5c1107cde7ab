package io.github.jobnorm.fetch;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.Semaphore;

/**
 * The politeness state of every host the fetcher has talked to: when the next request may go,
 * until when the host is paused or backed off, and how many requests may be in flight. It is
 * shared by every fetcher derived through {@code newBuilder()}, so that two fetchers of one
 * program do not add up to twice the rate. Times are readings of {@link Timing#nanoTime()}.
 */
final class HostStates {
  private final ConcurrentMap<String, HostState> states = new ConcurrentHashMap<>();

  HostState get(String key, int maxConcurrent) {
    return states.computeIfAbsent(key, k -> new HostState(maxConcurrent));
  }

  /** One host's state; every method is atomic. */
  static final class HostState {
    private final Semaphore inFlight;
    private boolean started;
    private long nextSlot;
    private boolean paused;
    private long pausedUntil;
    private boolean blocked;
    private long blockedUntil;

    HostState(int maxConcurrent) {
      this.inFlight = new Semaphore(maxConcurrent, true);
    }

    Semaphore inFlight() {
      return inFlight;
    }

    /**
     * Books the next free slot at least {@code interval} after the previous one and after any
     * pause, and says how long to wait for it.
     */
    synchronized long reserve(long now, long interval) {
      long slot = now;
      if (started && nextSlot - slot > 0) {
        slot = nextSlot;
      }
      if (paused && pausedUntil - slot > 0) {
        slot = pausedUntil;
      }
      started = true;
      nextSlot = slot + interval;
      return slot - now;
    }

    /** No request may start before {@code until} (a {@code Retry-After} for the whole host). */
    synchronized void pauseUntil(long until) {
      if (!paused || until - pausedUntil > 0) {
        paused = true;
        pausedUntil = until;
      }
    }

    /** The host refused us: no request until {@code until}. */
    synchronized void blockUntil(long until) {
      if (!blocked || until - blockedUntil > 0) {
        blocked = true;
        blockedUntil = until;
      }
    }

    /** Nanoseconds the host stays backed off after a block, or 0. */
    synchronized long blockedFor(long now) {
      return blocked && blockedUntil - now > 0 ? blockedUntil - now : 0;
    }
  }
}
