package io.github.jobnorm.store;

import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * How to run a run file, beyond what it says itself: the command line's choices.
 *
 * @param mode which events to write
 * @param baseUrlOverride a base URL every ATS and LinkedIn request goes to (a stub server), or
 *     null
 * @param store the store file instead of the run file's, or null
 * @param events the events file instead of the run file's, {@code -} for {@code stdout}, or null
 * @param stdout where {@code -} writes
 * @param lockWait how long to wait for another run on the same store to end
 * @param clock the clock of the events' times
 */
public record RunSettings(
    Aggregator.Mode mode,
    String baseUrlOverride,
    Path store,
    String events,
    OutputStream stdout,
    Duration lockWait,
    Clock clock) {

  /** Requires the mode, the stream, the wait and the clock. */
  public RunSettings {
    Objects.requireNonNull(mode, "mode == null");
    Objects.requireNonNull(stdout, "stdout == null");
    Objects.requireNonNull(lockWait, "lockWait == null");
    Objects.requireNonNull(clock, "clock == null");
  }

  /** Changes since the last run, the run file's store and events, no wait for a lock. */
  public static RunSettings defaults(OutputStream stdout) {
    return new RunSettings(Aggregator.Mode.SINCE_LAST, null, null, null, stdout, Duration.ZERO,
        Clock.systemUTC());
  }

  /** A copy with another base URL override. */
  public RunSettings withBaseUrlOverride(String url) {
    return new RunSettings(mode, url, store, events, stdout, lockWait, clock);
  }

  /** A copy with another mode. */
  public RunSettings withMode(Aggregator.Mode mode) {
    return new RunSettings(mode, baseUrlOverride, store, events, stdout, lockWait, clock);
  }
}
