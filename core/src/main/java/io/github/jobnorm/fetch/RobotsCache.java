package io.github.jobnorm.fetch;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Function;
import okhttp3.HttpUrl;

/**
 * The robots.txt rules of each site, fetched once and kept for a day (RFC 9309 allows no longer).
 * A file that does not exist (4xx) allows everything; a server that cannot give it (5xx, timeout,
 * network) disallows everything, as RFC 9309 asks, and is asked again after a few minutes. Shared
 * by the fetchers derived from one another.
 */
final class RobotsCache {
  static final Duration TTL = Duration.ofHours(24);
  static final Duration UNREACHABLE_TTL = Duration.ofMinutes(5);

  private final ConcurrentMap<String, Entry> entries = new ConcurrentHashMap<>();
  private final ConcurrentMap<String, Object> locks = new ConcurrentHashMap<>();

  /** The outcome of a check: allowed, or why not. */
  record Verdict(boolean allowed, FetchResult.Reason reason, String message) {
    static final Verdict ALLOWED = new Verdict(true, null, null);
  }

  private record Entry(RobotsRules rules, String why, long expires) {}

  /**
   * Whether the URL may be fetched by the product token's agent.
   *
   * @param fetch fetches a robots.txt URL, without consulting robots.txt
   */
  Verdict check(
      HttpUrl url, String productToken, Timing timing, Function<HttpUrl, FetchResult> fetch) {
    if (url.encodedPath().equals("/robots.txt")) {
      return Verdict.ALLOWED;
    }
    String origin = url.scheme() + "://" + url.host() + ":" + url.port();
    String key = origin + " " + productToken;
    Entry entry = fresh(key, timing);
    if (entry == null) {
      synchronized (locks.computeIfAbsent(key, k -> new Object())) {
        entry = fresh(key, timing);
        if (entry == null) {
          HttpUrl robots = url.newBuilder().encodedPath("/robots.txt").query(null).fragment(null).build();
          FetchResult result = fetch.apply(robots);
          if (result instanceof FetchResult.Failure f && f.reason() == FetchResult.Reason.BLOCKED) {
            return new Verdict(false, FetchResult.Reason.BLOCKED, f.message());
          }
          entry = entryFor(result, productToken, timing);
          entries.put(key, entry);
        }
      }
    }
    String pathAndQuery =
        url.encodedPath() + (url.encodedQuery() == null ? "" : "?" + url.encodedQuery());
    if (entry.rules().allows(pathAndQuery)) {
      return Verdict.ALLOWED;
    }
    return new Verdict(
        false,
        FetchResult.Reason.ROBOTS_DISALLOWED,
        origin + "/robots.txt " + entry.why() + " " + pathAndQuery + " for " + productToken);
  }

  private Entry fresh(String key, Timing timing) {
    Entry e = entries.get(key);
    return e != null && e.expires() - timing.nanoTime() > 0 ? e : null;
  }

  private static Entry entryFor(FetchResult result, String productToken, Timing timing) {
    long now = timing.nanoTime();
    if (result instanceof FetchResult.Document d) {
      return new Entry(RobotsRules.parse(d.body(), productToken), "disallows", now + TTL.toNanos());
    }
    if (result instanceof FetchResult.Failure f
        && f.reason() == FetchResult.Reason.HTTP_STATUS
        && f.statusCode() >= 400
        && f.statusCode() < 500) {
      return new Entry(RobotsRules.ALLOW_ALL, "allows", now + TTL.toNanos());
    }
    String why =
        result instanceof FetchResult.Failure f
            ? "could not be read (" + f.message() + "), which disallows"
            : "could not be read, which disallows";
    return new Entry(RobotsRules.DISALLOW_ALL, why, now + UNREACHABLE_TTL.toNanos());
  }
}
