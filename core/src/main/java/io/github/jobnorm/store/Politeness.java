package io.github.jobnorm.store;

import io.github.jobnorm.fetch.Fetcher;

/**
 * How politely a run fetches: the run file's {@code politeness} block. Null leaves the fetcher's
 * default (see the fetching guide).
 *
 * @param contact a URL or {@code mailto:} put in the user agent so site operators can reach you
 * @param userAgent the whole user agent, replacing the default, or null
 * @param rate requests per second to hosts without a rate of their own, or null
 * @param maxConcurrentPerHost requests in flight to one host at once, or null
 * @param maxAttempts requests per page, the first included, or null
 * @param ignoreRobots whether to skip robots.txt (only where the site allows it); default false
 */
public record Politeness(
    String contact,
    String userAgent,
    Double rate,
    Integer maxConcurrentPerHost,
    Integer maxAttempts,
    Boolean ignoreRobots) {

  /** The fetcher's defaults. */
  public static final Politeness DEFAULTS = new Politeness(null, null, null, null, null, null);

  /** Checks the numbers. */
  public Politeness {
    if (rate != null && !(rate > 0 && rate <= 1000)) {
      throw new IllegalArgumentException("rate must be above 0 and at most 1000 per second: " + rate);
    }
    if (maxConcurrentPerHost != null && (maxConcurrentPerHost < 1 || maxConcurrentPerHost > 64)) {
      throw new IllegalArgumentException("maxConcurrentPerHost must be 1 to 64: " + maxConcurrentPerHost);
    }
    if (maxAttempts != null && (maxAttempts < 1 || maxAttempts > 10)) {
      throw new IllegalArgumentException("maxAttempts must be 1 to 10: " + maxAttempts);
    }
    ignoreRobots = ignoreRobots != null && ignoreRobots;
  }

  /** A fetcher builder with these settings over the given one. */
  public Fetcher.Builder apply(Fetcher.Builder b) {
    if (contact != null) {
      b.contact(contact);
    }
    if (userAgent != null) {
      b.userAgent(userAgent);
    }
    if (rate != null) {
      b.defaultRate(rate);
    }
    if (maxConcurrentPerHost != null) {
      b.maxConcurrentPerHost(maxConcurrentPerHost);
    }
    if (maxAttempts != null) {
      b.maxAttempts(maxAttempts);
    }
    return b.ignoreRobots(ignoreRobots);
  }
}
