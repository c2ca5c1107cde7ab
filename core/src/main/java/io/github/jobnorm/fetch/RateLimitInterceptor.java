package io.github.jobnorm.fetch;

import java.io.IOException;
import java.time.Duration;
import java.util.Random;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Spaces the requests to each host by its configured rate and adds a random jitter, so that a
 * schedule of requests does not look like (or hit like) a machine gun. Waits go through {@link
 * Timing}.
 */
final class RateLimitInterceptor implements Interceptor {
  private final HostRules rules;
  private final HostStates states;
  private final int maxConcurrent;
  private final Timing timing;
  private final long jitterNanos;
  private final Random random;

  RateLimitInterceptor(
      HostRules rules,
      HostStates states,
      int maxConcurrent,
      Timing timing,
      Duration jitter,
      Random random) {
    this.rules = rules;
    this.states = states;
    this.maxConcurrent = maxConcurrent;
    this.timing = timing;
    this.jitterNanos = jitter.toNanos();
    this.random = random;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    String host = chain.request().url().host();
    long interval = Math.round(1_000_000_000d / rules.rateFor(host));
    long wait =
        states.get(rules.keyFor(host), maxConcurrent).reserve(timing.nanoTime(), interval);
    if (jitterNanos > 0) {
      wait += (long) (random.nextDouble() * jitterNanos);
    }
    Waits.sleep(timing, Duration.ofNanos(wait));
    return chain.proceed(chain.request());
  }
}
