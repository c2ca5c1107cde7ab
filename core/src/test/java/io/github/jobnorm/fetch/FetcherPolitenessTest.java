package io.github.jobnorm.fetch;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Robots.txt, rate limits, blocking and conditional requests: the fetcher as a guest. */
class FetcherPolitenessTest {
  @RegisterExtension static WireMockExtension wm = WireMockFetching.server();

  private final FakeTiming timing = new FakeTiming();
  private final Fetcher fetcher = WireMockFetching.fetcher(timing).build();

  private String url(String path) {
    return wm.baseUrl() + path;
  }

  private void page(String path, String body) {
    wm.stubFor(get(path).willReturn(aResponse().withHeader("Content-Type", "text/plain").withBody(body)));
  }

  @Test
  void obeysRobotsTxtAndReadsItOnce() {
    wm.stubFor(
        get("/robots.txt")
            .willReturn(
                aResponse()
                    .withBody(
                        "User-agent: *\nDisallow: /\n\nUser-agent: jobnorm\nDisallow: /private\nAllow: /\n")));
    page("/private/job/1", "secret");
    page("/jobs/1", "open");
    Fetcher polite = fetcher.newBuilder().ignoreRobots(false).build();

    FetchResult refused = polite.fetch(url("/private/job/1"));
    FetchResult allowed = polite.fetch(url("/jobs/1"));

    assertThat(refused)
        .isEqualTo(
            new FetchResult.Failure(
                url("/private/job/1"),
                FetchResult.Reason.ROBOTS_DISALLOWED,
                0,
                "http://localhost:" + wm.getPort() + "/robots.txt disallows /private/job/1 for jobnorm",
                0));
    assertThat(allowed)
        .isEqualTo(
            new FetchResult.Document(
                url("/jobs/1"), url("/jobs/1"), 200, "text/plain", "UTF-8", "open",
                FakeTiming.START.plusMillis(1), 1));
    wm.verify(1, getRequestedFor(urlEqualTo("/robots.txt")));
    wm.verify(0, getRequestedFor(urlEqualTo("/private/job/1")));
  }

  @Test
  void aMissingRobotsTxtAllowsEverything() {
    page("/jobs/2", "open");
    Fetcher polite = fetcher.newBuilder().ignoreRobots(false).build();

    assertThat(polite.fetch(url("/jobs/2")).isDocument()).isTrue();
    wm.verify(1, getRequestedFor(urlEqualTo("/robots.txt")));
  }

  @Test
  void aRobotsTxtThatCannotBeReadDisallowsEverything() {
    wm.stubFor(get("/robots.txt").willReturn(aResponse().withStatus(500)));
    page("/jobs/3", "open");
    Fetcher polite = fetcher.newBuilder().ignoreRobots(false).maxAttempts(1).build();

    FetchResult result = polite.fetch(url("/jobs/3"));

    assertThat(result)
        .isEqualTo(
            new FetchResult.Failure(
                url("/jobs/3"),
                FetchResult.Reason.ROBOTS_DISALLOWED,
                0,
                "http://localhost:" + wm.getPort()
                    + "/robots.txt could not be read (HTTP 500; gave up after 1 attempts),"
                    + " which disallows /jobs/3 for jobnorm",
                0));
  }

  @Test
  void status999IsBlockedAndBacksTheHostOff() {
    wm.stubFor(get("/jobs/view/1").willReturn(aResponse().withStatus(999)));
    page("/jobs/view/2", "fine");

    FetchResult first = fetcher.fetch(url("/jobs/view/1"));
    FetchResult second = fetcher.fetch(url("/jobs/view/2"));
    timing.advance(Duration.ofMinutes(15));
    FetchResult later = fetcher.fetch(url("/jobs/view/2"));

    assertThat(first)
        .isEqualTo(
            new FetchResult.Failure(
                url("/jobs/view/1"),
                FetchResult.Reason.BLOCKED,
                999,
                "localhost answered status 999 (refused as a robot); backing localhost off for 900 s",
                1));
    assertThat(second)
        .isEqualTo(
            new FetchResult.Failure(
                url("/jobs/view/2"),
                FetchResult.Reason.BLOCKED,
                0,
                "localhost refused us earlier; backed off for another 900 s",
                0));
    assertThat(later.isDocument()).isTrue();
    wm.verify(1, getRequestedFor(urlEqualTo("/jobs/view/2")));
  }

  @Test
  void aRedirectToTheAuthwallIsBlocked() {
    wm.stubFor(
        get("/jobs/view/3")
            .willReturn(
                aResponse()
                    .withStatus(302)
                    .withHeader("Location", "/authwall?trk=gf&sessionRedirect=%2Fjobs%2Fview%2F3")));

    FetchResult result = fetcher.fetch(url("/jobs/view/3"));

    assertThat(result)
        .isEqualTo(
            new FetchResult.Failure(
                url("/jobs/view/3"),
                FetchResult.Reason.BLOCKED,
                302,
                "redirected to a sign-in page: "
                    + url("/authwall?trk=gf&sessionRedirect=%2Fjobs%2Fview%2F3")
                    + "; backing localhost off for 900 s",
                1));
    wm.verify(0, getRequestedFor(urlPathEqualTo("/authwall")));
  }

  @Test
  void fiftyRequestsAtFivePerSecondTakeTenSecondsOfTheClock() {
    page("/p", "x");
    Fetcher paced = fetcher.newBuilder().defaultRate(5).build();

    for (int i = 0; i < 50; i++) {
      assertThat(paced.fetch(url("/p")).isDocument()).isTrue();
    }

    // the first request goes at once, the 49 others one fifth of a second apart
    assertThat(timing.elapsed()).isEqualTo(Duration.ofMillis(9_800));
    assertThat(timing.sleeps()).hasSize(49).containsOnly(Duration.ofMillis(200));
  }

  @Test
  void twoHostsArePacedIndependently() {
    page("/p", "x");
    Fetcher paced = fetcher.newBuilder().defaultRate(5).build();
    String viaName = "http://localhost:" + wm.getPort() + "/p";
    String viaAddress = "http://127.0.0.1:" + wm.getPort() + "/p";

    for (int i = 0; i < 50; i++) {
      assertThat(paced.fetch(viaName).isDocument()).isTrue();
      assertThat(paced.fetch(viaAddress).isDocument()).isTrue();
    }

    // 100 requests, but each host only waits for its own 49 slots, side by side
    assertThat(timing.elapsed()).isEqualTo(Duration.ofMillis(9_800));
  }

  @Test
  void jitterAddsARandomDelayOnTopOfTheSlot() {
    page("/p", "x");
    Fetcher jittery = fetcher.newBuilder().defaultRate(5).jitter(Duration.ofMillis(300)).build();

    jittery.fetch(url("/p"));
    jittery.fetch(url("/p"));

    // half of the 300 ms jitter each time; the second also waits its 200 ms slot (less the first's jitter)
    assertThat(timing.sleeps()).containsExactly(Duration.ofMillis(150), Duration.ofMillis(200));
  }

  @Test
  void namesItselfInTheUserAgent() {
    page("/ua", "x");

    fetcher.fetch(url("/ua"));
    fetcher.newBuilder().contact("mailto:ops@example.org").build().fetch(url("/ua"));

    wm.verify(
        getRequestedFor(urlEqualTo("/ua"))
            .withHeader("User-Agent", equalTo("jobnorm/0.1 (+https://github.com/jobnorm/jobnorm)")));
    wm.verify(
        getRequestedFor(urlEqualTo("/ua"))
            .withHeader("User-Agent", equalTo("jobnorm/0.1 (+mailto:ops@example.org)")));
  }

  @Test
  void asksWithTheRememberedETagAndReportsNotModified() {
    wm.stubFor(
        get("/board")
            .withHeader("If-None-Match", equalTo("\"v1\""))
            .willReturn(aResponse().withStatus(304).withHeader("ETag", "\"v1\"")));
    wm.stubFor(
        get("/board")
            .withHeader("If-None-Match", com.github.tomakehurst.wiremock.client.WireMock.absent())
            .willReturn(
                aResponse()
                    .withHeader("ETag", "\"v1\"")
                    .withHeader("Last-Modified", "Mon, 05 Jan 2026 09:00:00 GMT")
                    .withHeader("Content-Type", "application/json")
                    .withBody("{\"jobs\":[]}")));

    FetchResult first = fetcher.fetch(url("/board"));
    FetchResult second = fetcher.fetch(url("/board"));

    assertThat(first)
        .isEqualTo(
            new FetchResult.Document(
                url("/board"), url("/board"), 200, "application/json", "UTF-8", "{\"jobs\":[]}",
                FakeTiming.START, 1));
    assertThat(second)
        .isEqualTo(
            new FetchResult.NotModified(
                url("/board"),
                url("/board"),
                "\"v1\"",
                "Mon, 05 Jan 2026 09:00:00 GMT",
                FakeTiming.START.plusMillis(1),
                1));
    wm.verify(
        getRequestedFor(urlEqualTo("/board"))
            .withHeader("If-Modified-Since", equalTo("Mon, 05 Jan 2026 09:00:00 GMT")));
  }

  @Test
  void aFreshFetchSendsNoValidatorsAndA304ToItIsAFailure() {
    wm.stubFor(
        get("/page")
            .willReturn(aResponse().withHeader("ETag", "\"v1\"").withBody("<p>page</p>")));

    FetchResult first = fetcher.fetch(url("/page"));
    FetchResult fresh = fetcher.fetchFresh(url("/page"));
    wm.stubFor(get("/odd").willReturn(aResponse().withStatus(304)));
    FetchResult odd = fetcher.fetchFresh(url("/odd"));

    assertThat(first.isDocument()).isTrue();
    assertThat(fresh.isDocument()).isTrue();
    wm.verify(0, getRequestedFor(urlEqualTo("/page"))
        .withHeader("If-None-Match", com.github.tomakehurst.wiremock.client.WireMock.matching(".*")));
    assertThat(odd)
        .isEqualTo(
            new FetchResult.Failure(
                url("/odd"), FetchResult.Reason.HTTP_STATUS, 304,
                "HTTP 304 to a request that was not conditional", 1));
    assertThat(((FetchResult.Failure) odd).describe())
        .isEqualTo("HTTP_STATUS: HTTP 304 to a request that was not conditional");
  }
}
