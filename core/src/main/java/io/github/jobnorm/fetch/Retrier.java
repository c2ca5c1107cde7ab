package io.github.jobnorm.fetch;

import java.io.IOException;
import java.time.Duration;
import java.util.Random;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Sends one request through the interceptor chain and tries it again while the failure is
 * transient and the policy allows; each attempt is its own OkHttp call, so the call timeout bounds
 * one attempt and never a wait of ours.
 */
final class Retrier {
  private final OkHttpClient client;
  private final RetryPolicy policy;
  private final Timing timing;
  private final Random random;
  private final HostRules rules;
  private final HostStates states;
  private final int maxConcurrent;

  Retrier(
      OkHttpClient client,
      RetryPolicy policy,
      Timing timing,
      Random random,
      HostRules rules,
      HostStates states,
      int maxConcurrent) {
    this.client = client;
    this.policy = policy;
    this.timing = timing;
    this.random = random;
    this.rules = rules;
    this.states = states;
    this.maxConcurrent = maxConcurrent;
  }

  /** A response read whole: what the fetcher needs of it once the connection is released. */
  record Reply(
      int code, Headers headers, byte[] body, MediaType type, Request sent, java.time.Instant at) {}

  /** The last reply, or the failure, and how many requests were sent. */
  record Hop(Reply reply, FetchResult.Reason reason, int statusCode, String message, int attempts) {
    static Hop failed(FetchResult.Reason reason, int statusCode, String message, int attempts) {
      return new Hop(null, reason, statusCode, message, attempts);
    }
  }

  Hop call(HttpUrl url, boolean conditional) {
    Request.Builder request = new Request.Builder().url(url);
    if (!conditional) {
      request.tag(
          ConditionalInterceptor.Unconditional.class, ConditionalInterceptor.Unconditional.INSTANCE);
    }
    long start = timing.nanoTime();
    for (int attempt = 1; ; attempt++) {
      Hop failed;
      Duration wait;
      try (Response response = client.newCall(request.build()).execute()) {
        Reply reply =
            new Reply(
                response.code(),
                response.headers(),
                response.body().bytes(),
                response.body().contentType(),
                response.request(),
                timing.now());
        if (!RetryPolicy.RETRY_STATUSES.contains(reply.code())) {
          return new Hop(reply, null, 0, null, attempt);
        }
        failed =
            Hop.failed(FetchResult.Reason.HTTP_STATUS, reply.code(), "HTTP " + reply.code(), attempt);
        Duration asked = RetryPolicy.retryAfter(response.header("Retry-After"), timing.now());
        if (asked != null) {
          states
              .get(rules.keyFor(url.host()), maxConcurrent)
              .pauseUntil(timing.nanoTime() + asked.toNanos());
        }
        wait = asked != null ? asked : policy.backoff(attempt, random);
      } catch (FetchException e) {
        return Hop.failed(e.reason(), e.statusCode(), e.getMessage(), e.sent() ? attempt : attempt - 1);
      } catch (IOException e) {
        // the JDK and okio word the same timeout differently: keep the message stable
        failed =
            RetryPolicy.isTimeout(e)
                ? Hop.failed(FetchResult.Reason.TIMEOUT, 0, "timed out", attempt)
                : Hop.failed(FetchResult.Reason.NETWORK, 0, describe(e), attempt);
        if (!RetryPolicy.isTransient(e)) {
          return failed;
        }
        wait = policy.backoff(attempt, random);
      }
      if (attempt >= policy.maxAttempts()) {
        return giveUp(failed, "gave up after " + attempt + " attempts");
      }
      long spent = timing.nanoTime() - start;
      if (spent + wait.toNanos() > policy.maxTotal().toNanos()) {
        return giveUp(
            failed,
            "gave up after "
                + attempt
                + " attempts: waiting "
                + wait.toSeconds()
                + " s more would pass the retry budget of "
                + policy.maxTotal().toSeconds()
                + " s");
      }
      try {
        timing.sleep(wait);
      } catch (InterruptedException e) {
        FetchException interrupted = Waits.interrupted();
        return Hop.failed(interrupted.reason(), 0, interrupted.getMessage(), attempt);
      }
    }
  }

  private static Hop giveUp(Hop failed, String why) {
    return Hop.failed(
        failed.reason(), failed.statusCode(), failed.message() + "; " + why, failed.attempts());
  }

  private static String describe(IOException e) {
    String type = e.getClass().getSimpleName();
    return e.getMessage() == null ? type : type + ": " + e.getMessage();
  }
}
