package io.github.jobnorm.cli;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * A one-line progress display on a terminal's stderr: postings parsed, failures, rate, and the
 * share of input bytes read with an estimate of the time left when the total size is known.
 * Redrawn at most four times a second; every other stderr line goes through {@link #println} so
 * that it is not mixed into the progress line.
 */
final class Progress {
  private static final long REDRAW_NANOS = 250_000_000L;

  private final PrintWriter err;
  private final boolean enabled;
  private final long totalBytes;
  private final long start = System.nanoTime();
  private long lastDraw;
  private boolean drawn;

  /**
   * @param totalBytes the size of all inputs, or -1 when unknown (stdin, URLs)
   */
  Progress(PrintWriter err, boolean enabled, long totalBytes) {
    this.err = err;
    this.enabled = enabled;
    this.totalBytes = totalBytes;
  }

  void update(long parsed, long failed, long bytesDone) {
    if (!enabled) {
      return;
    }
    long now = System.nanoTime();
    if (drawn && now - lastDraw < REDRAW_NANOS) {
      return;
    }
    lastDraw = now;
    err.print("\r\033[K" + line(parsed, failed, bytesDone, (now - start) / 1e9, totalBytes));
    err.flush();
    drawn = true;
  }

  /** The progress text: {@code parsed 1,234  failed 2  410/s  37%  ETA 0:31}. */
  static String line(long parsed, long failed, long bytesDone, double seconds, long totalBytes) {
    StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "parsed %,d  failed %,d",
        parsed, failed));
    if (seconds > 0.5) {
      s.append(String.format(Locale.ROOT, "  %,.0f/s", (parsed + failed) / seconds));
    }
    if (totalBytes > 0 && bytesDone > 0) {
      double share = Math.min(1.0, (double) bytesDone / totalBytes);
      s.append(String.format(Locale.ROOT, "  %.0f%%", share * 100));
      if (seconds > 1 && share < 1.0) {
        long left = Math.round(seconds * (1 - share) / share);
        s.append(String.format(Locale.ROOT, "  ETA %d:%02d", left / 60, left % 60));
      }
    }
    return s.toString();
  }

  /** Prints a line, clearing the progress line first. */
  void println(String line) {
    clear();
    err.println(line);
    err.flush();
  }

  /** Removes the progress line. */
  void clear() {
    if (drawn) {
      err.print("\r\033[K");
      err.flush();
      drawn = false;
      lastDraw = 0;
    }
  }
}
