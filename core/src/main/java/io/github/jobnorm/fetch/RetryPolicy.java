package io.github.jobnorm.fetch;

import java.io.EOFException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.PortUnreachableException;
import java.net.ProtocolException;
import java.net.SocketException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Random;
import java.util.Set;

/**
 * When to try a request again and how long to wait first: exponential back-off with full jitter
 * (a random wait between zero and the doubling cap, which spreads the retries of many clients),
 * unless the server said how long with {@code Retry-After}; a bound on attempts and on the total
 * time spent.
 *
 * @param maxAttempts requests per page hop, the first included
 * @param baseDelay the cap of the first back-off
 * @param maxDelay the largest back-off cap
 * @param maxTotal the longest a page's retries may take, waits included
 */
record RetryPolicy(int maxAttempts, Duration baseDelay, Duration maxDelay, Duration maxTotal) {

  /** Statuses that mean "not now" rather than "no": worth a later try. */
  static final Set<Integer> RETRY_STATUSES = Set.of(429, 500, 502, 503, 504);

  static final RetryPolicy DEFAULTS =
      new RetryPolicy(4, Duration.ofSeconds(1), Duration.ofSeconds(30), Duration.ofMinutes(2));

  RetryPolicy {
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts < 1: " + maxAttempts);
    }
    requirePositive(baseDelay, "baseDelay");
    requirePositive(maxDelay, "maxDelay");
    requirePositive(maxTotal, "maxTotal");
  }

  private static void requirePositive(Duration d, String name) {
    if (d == null || d.isNegative()) {
      throw new IllegalArgumentException(name + " must be zero or positive: " + d);
    }
  }

  /** The wait before attempt {@code failed + 1}: uniform in [0, min(max, base * 2^(failed-1))]. */
  Duration backoff(int failed, Random random) {
    long cap = baseDelay.toNanos();
    for (int i = 1; i < failed && cap < maxDelay.toNanos(); i++) {
      cap *= 2;
    }
    cap = Math.min(cap, maxDelay.toNanos());
    return Duration.ofNanos((long) (random.nextDouble() * cap));
  }

  /**
   * The wait a {@code Retry-After} header asks for: delay-seconds or an HTTP-date (a date in the
   * past means now); null when absent or unreadable.
   */
  static Duration retryAfter(String header, Instant now) {
    if (header == null || header.isBlank()) {
      return null;
    }
    String value = header.strip();
    if (value.chars().allMatch(c -> c >= '0' && c <= '9')) {
      try {
        return Duration.ofSeconds(Long.parseLong(value));
      } catch (NumberFormatException e) {
        return null; // more digits than a long: not a wait anyone means
      }
    }
    try {
      Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
      return at.isAfter(now) ? Duration.between(now, at) : Duration.ZERO;
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /**
   * Whether an I/O failure may go away on its own: a timeout, or a connection that broke after it
   * was made (reset, closed mid-body). Unknown hosts, refused connections and TLS failures will
   * not.
   */
  static boolean isTransient(IOException e) {
    if (e instanceof FetchException) {
      return false;
    }
    if (e instanceof InterruptedIOException) {
      return !Thread.currentThread().isInterrupted();
    }
    if (e instanceof ConnectException
        || e instanceof NoRouteToHostException
        || e instanceof PortUnreachableException) {
      return false;
    }
    if (e instanceof SocketException || e instanceof EOFException || e instanceof ProtocolException) {
      return true;
    }
    String message = e.getMessage();
    return message != null && message.startsWith("unexpected end of stream");
  }

  /** Whether the failure is a timeout (OkHttp reports all of its timeouts as interrupted I/O). */
  static boolean isTimeout(IOException e) {
    return e instanceof InterruptedIOException && !(e instanceof FetchException);
  }
}
