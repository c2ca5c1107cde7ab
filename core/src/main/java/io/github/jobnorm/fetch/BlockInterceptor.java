package io.github.jobnorm.fetch;

import java.io.IOException;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Recognizes a site refusing us (LinkedIn's status 999, a redirect to a sign-in, auth-wall or
 * checkpoint page), backs the host off for a while, and fails fast for that host until then:
 * hammering a site that has started to refuse only gets the address banned for longer.
 */
final class BlockInterceptor implements Interceptor {
  /** LinkedIn's answer to clients it has decided are robots. */
  static final int LINKEDIN_REFUSAL = 999;

  /** Path segments of the pages sites send a refused visitor to. */
  private static final Set<String> WALL_SEGMENTS =
      Set.of("authwall", "login", "checkpoint", "signin", "sign-in", "signup");

  private final HostRules rules;
  private final HostStates states;
  private final int maxConcurrent;
  private final Timing timing;
  private final Duration backoff;

  BlockInterceptor(
      HostRules rules, HostStates states, int maxConcurrent, Timing timing, Duration backoff) {
    this.rules = rules;
    this.states = states;
    this.maxConcurrent = maxConcurrent;
    this.timing = timing;
    this.backoff = backoff;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    String host = chain.request().url().host();
    HostStates.HostState state = states.get(rules.keyFor(host), maxConcurrent);
    long left = state.blockedFor(timing.nanoTime());
    if (left > 0) {
      throw new FetchException(
          FetchResult.Reason.BLOCKED,
          0,
          host + " refused us earlier; backed off for another " + seconds(left) + " s",
          false);
    }
    Response response = chain.proceed(chain.request());
    String refusal = refusal(response);
    if (refusal == null) {
      return response;
    }
    response.close();
    state.blockUntil(timing.nanoTime() + backoff.toNanos());
    throw new FetchException(
        FetchResult.Reason.BLOCKED,
        response.code(),
        refusal + "; backing " + host + " off for " + backoff.toSeconds() + " s",
        true);
  }

  private static String refusal(Response response) {
    if (response.code() == LINKEDIN_REFUSAL) {
      return response.request().url().host() + " answered status 999 (refused as a robot)";
    }
    if (response.isRedirect()) {
      String location = response.header("Location");
      HttpUrl target = location == null ? null : response.request().url().resolve(location);
      if (target != null && isWall(target)) {
        return "redirected to a sign-in page: " + target;
      }
    }
    return null;
  }

  /** Whether the URL is a sign-in, auth-wall or checkpoint page. */
  static boolean isWall(HttpUrl url) {
    for (String segment : url.pathSegments()) {
      if (WALL_SEGMENTS.contains(segment.toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  private static long seconds(long nanos) {
    return (nanos + 999_999_999L) / 1_000_000_000L;
  }
}
