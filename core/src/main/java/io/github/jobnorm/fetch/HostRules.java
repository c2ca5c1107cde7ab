package io.github.jobnorm.fetch;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Request rates by domain: a host takes the rate of the longest configured domain it equals or
 * ends with ({@code www.linkedin.com} takes {@code linkedin.com}'s), else the default. The matched
 * domain is also the key the politeness state is kept under, so the hosts of one site share one
 * budget.
 *
 * @param rates requests per second by lower-case domain
 * @param defaultRate requests per second for every other host
 */
record HostRules(Map<String, Double> rates, double defaultRate) {

  /** The defaults: 1 request/second for LinkedIn and unknown hosts, 4/s for the ATS APIs. */
  static final HostRules DEFAULTS =
      new HostRules(
          Map.of(
              "linkedin.com", 1.0,
              "boards-api.greenhouse.io", 4.0,
              "api.greenhouse.io", 4.0,
              "api.lever.co", 4.0,
              "api.ashbyhq.com", 4.0),
          1.0);

  HostRules {
    Map<String, Double> copy = new LinkedHashMap<>();
    rates.forEach((domain, rate) -> copy.put(normalize(domain), checkRate(rate)));
    rates = Collections.unmodifiableMap(copy);
    checkRate(defaultRate);
  }

  private static String normalize(String domain) {
    Objects.requireNonNull(domain, "domain == null");
    String d = domain.strip().toLowerCase(Locale.ROOT);
    if (d.startsWith(".")) {
      d = d.substring(1);
    }
    if (d.isEmpty()) {
      throw new IllegalArgumentException("domain is blank");
    }
    return d;
  }

  private static double checkRate(Double rate) {
    if (rate == null || !(rate > 0) || rate.isInfinite()) {
      throw new IllegalArgumentException("rate must be a positive number of requests/second: " + rate);
    }
    return rate;
  }

  /** A copy with the rate for a domain set. */
  HostRules withRate(String domain, double perSecond) {
    Map<String, Double> copy = new LinkedHashMap<>(rates);
    copy.put(normalize(domain), perSecond);
    return new HostRules(copy, defaultRate);
  }

  /** A copy with the default rate set. */
  HostRules withDefaultRate(double perSecond) {
    return new HostRules(rates, perSecond);
  }

  /** The configured domain the host falls under, or the host itself. */
  String keyFor(String host) {
    String h = host.toLowerCase(Locale.ROOT);
    String best = null;
    for (String domain : rates.keySet()) {
      boolean matches = h.equals(domain) || h.endsWith("." + domain);
      if (matches && (best == null || domain.length() > best.length())) {
        best = domain;
      }
    }
    return best == null ? h : best;
  }

  /** Requests per second allowed for the host. */
  double rateFor(String host) {
    return rates.getOrDefault(keyFor(host), defaultRate);
  }
}
