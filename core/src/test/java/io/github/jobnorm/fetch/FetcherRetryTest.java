package io.github.jobnorm.fetch;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Retries: which failures are tried again, how long the fetcher waits, and when it gives up. */
class FetcherRetryTest {
  @RegisterExtension static WireMockExtension wm = WireMockFetching.server();

  private final FakeTiming timing = new FakeTiming();
  private final Fetcher fetcher = WireMockFetching.fetcher(timing).build();

  /** Answers {@code first} for the first {@code times} requests, then 200 with "ok". */
  private String failThenOk(String path, int times, com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder first) {
    String state = Scenario.STARTED;
    for (int i = 1; i <= times; i++) {
      String next = "failed " + i;
      wm.stubFor(
          get(path).inScenario(path).whenScenarioStateIs(state).willReturn(first).willSetStateTo(next));
      state = next;
    }
    wm.stubFor(
        get(path)
            .inScenario(path)
            .whenScenarioStateIs(state)
            .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/plain").withBody("ok")));
    return wm.baseUrl() + path;
  }

  private FetchResult.Document ok(String url, Duration at, int attempts) {
    return new FetchResult.Document(
        url, url, 200, "text/plain", "UTF-8", "ok", FakeTiming.START.plus(at), attempts);
  }

  @Test
  void waitsTheSecondsOfRetryAfterOn429ThenSucceeds() {
    String url =
        failThenOk("/jobs", 1, aResponse().withStatus(429).withHeader("Retry-After", "2"));

    FetchResult result = fetcher.fetch(url);

    assertThat(result).isEqualTo(ok(url, Duration.ofSeconds(2), 2));
    assertThat(timing.sleeps()).containsExactly(Duration.ofSeconds(2));
  }

  @Test
  void waitsUntilTheDateOfRetryAfter() {
    String date =
        DateTimeFormatter.RFC_1123_DATE_TIME.format(
            FakeTiming.START.plusSeconds(7).atOffset(ZoneOffset.UTC));
    String url = failThenOk("/dated", 1, aResponse().withStatus(503).withHeader("Retry-After", date));

    FetchResult result = fetcher.fetch(url);

    assertThat(result).isEqualTo(ok(url, Duration.ofSeconds(7), 2));
    assertThat(timing.sleeps()).containsExactly(Duration.ofSeconds(7));
  }

  @Test
  void retries503TwiceWithDoublingBackoffThenSucceeds() {
    String url = failThenOk("/busy", 2, aResponse().withStatus(503));

    FetchResult result = fetcher.fetch(url);

    // full jitter drawn as one half: half of 1 s, then half of 2 s
    assertThat(result).isEqualTo(ok(url, Duration.ofMillis(1500), 3));
    assertThat(timing.sleeps()).containsExactly(Duration.ofMillis(500), Duration.ofSeconds(1));
  }

  @Test
  void givesUpAfterMaxAttemptsWithTheLastStatus() {
    wm.stubFor(get("/down").willReturn(aResponse().withStatus(502)));

    FetchResult result = fetcher.fetch(wm.baseUrl() + "/down");

    assertThat(result)
        .isEqualTo(
            new FetchResult.Failure(
                wm.baseUrl() + "/down",
                FetchResult.Reason.HTTP_STATUS,
                502,
                "HTTP 502; gave up after 4 attempts",
                4));
    assertThat(timing.sleeps())
        .containsExactly(Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofSeconds(2));
    wm.verify(4, getRequestedFor(urlEqualTo("/down")));
  }

  @Test
  void givesUpWhenRetryAfterPassesTheRetryBudget() {
    wm.stubFor(get("/later").willReturn(aResponse().withStatus(429).withHeader("Retry-After", "3600")));

    FetchResult result = fetcher.fetch(wm.baseUrl() + "/later");

    assertThat(result)
        .isEqualTo(
            new FetchResult.Failure(
                wm.baseUrl() + "/later",
                FetchResult.Reason.HTTP_STATUS,
                429,
                "HTTP 429; gave up after 1 attempts: waiting 3600 s more would pass the retry budget of 120 s",
                1));
    assertThat(timing.sleeps()).isEmpty();
  }

  @Test
  void doesNotRetryOtherClientErrors() {
    wm.stubFor(get("/gone").willReturn(aResponse().withStatus(404)));

    FetchResult result = fetcher.fetch(wm.baseUrl() + "/gone");

    assertThat(result)
        .isEqualTo(
            new FetchResult.Failure(
                wm.baseUrl() + "/gone", FetchResult.Reason.HTTP_STATUS, 404, "HTTP 404", 1));
    wm.verify(1, getRequestedFor(urlEqualTo("/gone")));
  }

  @Test
  void retriesAConnectionBrokenMidBody() {
    String url = failThenOk("/cut", 1, aResponse().withFault(Fault.MALFORMED_RESPONSE_CHUNK));

    FetchResult result = fetcher.fetch(url);

    assertThat(result).isEqualTo(ok(url, Duration.ofMillis(500), 2));
  }

  @Test
  void reportsAConnectionResetEveryTimeAsNetworkAfterMaxAttempts() {
    wm.stubFor(get("/reset").willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

    FetchResult result = fetcher.fetch(wm.baseUrl() + "/reset");

    assertThat(result).isInstanceOf(FetchResult.Failure.class);
    FetchResult.Failure failure = (FetchResult.Failure) result;
    assertThat(failure.reason()).isEqualTo(FetchResult.Reason.NETWORK);
    assertThat(failure.statusCode()).isZero();
    assertThat(failure.attempts()).isEqualTo(4);
    assertThat(failure.message()).endsWith("; gave up after 4 attempts");
    wm.verify(4, getRequestedFor(urlEqualTo("/reset")));
  }

  @Test
  void reportsAResponseStallingPastTheReadTimeoutAsTimeout() {
    wm.stubFor(get("/slow").willReturn(aResponse().withStatus(200).withBody("late").withFixedDelay(1500)));
    Fetcher impatient = fetcher.newBuilder().readTimeout(Duration.ofMillis(200)).maxAttempts(2).build();

    FetchResult result = impatient.fetch(wm.baseUrl() + "/slow");

    assertThat(result)
        .isEqualTo(
            new FetchResult.Failure(
                wm.baseUrl() + "/slow",
                FetchResult.Reason.TIMEOUT,
                0,
                "timed out; gave up after 2 attempts",
                2));
    assertThat(timing.sleeps()).containsExactly(Duration.ofMillis(500));
  }
}
