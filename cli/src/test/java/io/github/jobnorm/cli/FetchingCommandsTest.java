package io.github.jobnorm.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.jobnorm.fixtures.Fixtures;
import io.github.jobnorm.json.JobPostingJson;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code fetch}, {@code search} and {@code board} against a stub server on loopback, at a rate
 * high enough that the real-time waits stay short.
 */
class FetchingCommandsTest {
  @RegisterExtension
  static WireMockExtension wm =
      WireMockExtension.newInstance()
          .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1").gzipDisabled(true))
          .build();

  private static final String SEARCH = "/jobs-guest/jobs/api/seeMoreJobPostings/search";

  private static void html(String path, String body) {
    wm.stubFor(
        get(path).willReturn(aResponse().withHeader("Content-Type", "text/html; charset=utf-8").withBody(body)));
  }

  private static void searchPage(int start, String body) {
    wm.stubFor(
        get(urlPathEqualTo(SEARCH))
            .withQueryParam("start", equalTo(Integer.toString(start)))
            .willReturn(aResponse().withHeader("Content-Type", "text/html").withBody(body)));
  }

  private static List<String> realCards;

  /** Cards of the saved "Analyst jobs in Australia" search, as seeMoreJobPostings serves them. */
  private static synchronized String cards(int from, int to) {
    if (realCards == null) {
      realCards =
          Jsoup.parse(Fixtures.get("linkedin", "search-analyst-jobs-australia").text())
              .select("li > .base-search-card")
              .stream()
              .map(Element::outerHtml)
              .toList();
    }
    return String.join("\n", realCards.subList(from, to));
  }

  private static JsonNode json(String line) throws Exception {
    return JobPostingJson.mapper().readTree(line);
  }

  @Test
  void fetchWritesThePostingOfAPage() throws Exception {
    html("/jobs/view/4288556033", Fixtures.get("linkedin", "eaton-supply-chain-analyst").text());

    CliRun r = CliRun.run("fetch", "--rate", "50", wm.baseUrl() + "/jobs/view/4288556033");

    assertThat(r.err()).isEmpty();
    assertThat(r.exitCode()).isEqualTo(0);
    JsonNode posting = json(r.out());
    assertThat(posting.get("title").asText()).isEqualTo("Supply Chain Analyst");
    assertThat(posting.get("company").get("name").asText()).isEqualTo("Eaton");
    assertThat(posting.get("source").get("fetchedAt").isNull()).isFalse();
    wm.verify(
        getRequestedFor(urlPathEqualTo("/jobs/view/4288556033"))
            .withHeader("User-Agent", equalTo("jobnorm/0.1 (+https://github.com/jobnorm/jobnorm)")));
  }

  /** The fetch command asks for each page whole: a URL given twice is not answered 304. */
  @Test
  void fetchWritesAUrlGivenTwiceTwice() throws Exception {
    wm.stubFor(
        get("/jobs/view/4288556033")
            .withHeader("If-None-Match", com.github.tomakehurst.wiremock.client.WireMock.absent())
            .willReturn(aResponse().withHeader("Content-Type", "text/html; charset=utf-8")
                .withHeader("ETag", "\"e1\"")
                .withBody(Fixtures.get("linkedin", "eaton-supply-chain-analyst").text())));
    wm.stubFor(
        get("/jobs/view/4288556033")
            .withHeader("If-None-Match", equalTo("\"e1\""))
            .willReturn(aResponse().withStatus(304)));
    String url = wm.baseUrl() + "/jobs/view/4288556033";

    CliRun r = CliRun.run("fetch", "--rate", "50", url, url);

    assertThat(r.err()).isEmpty();
    assertThat(r.exitCode()).isEqualTo(0);
    List<String> lines = r.out().lines().toList();
    assertThat(lines).hasSize(2);
    assertThat(json(lines.get(1)).get("title").asText()).isEqualTo("Supply Chain Analyst");
  }

  @Test
  void fetchReportsABlockedPageAndExitsWithNothingRead() {
    wm.stubFor(get("/jobs/view/1").willReturn(aResponse().withStatus(999)));

    CliRun r = CliRun.run("fetch", "--rate", "50", "--user-agent", "acme-research/1.0", wm.baseUrl() + "/jobs/view/1");

    assertThat(r.out()).isEmpty();
    assertThat(r.err())
        .isEqualTo(
            "jobnorm: " + wm.baseUrl() + "/jobs/view/1: cannot fetch: BLOCKED: localhost answered status 999"
                + " (refused as a robot); backing localhost off for 900 s\n");
    assertThat(r.exitCode()).isEqualTo(ExitCodes.NOTHING_READ);
  }

  @Test
  void aNetworkOptionTheFetcherRefusesIsAUsageError() {
    CliRun r = CliRun.run("fetch", "--rate", "0", wm.baseUrl() + "/jobs/view/1");

    assertThat(r.out()).isEmpty();
    assertThat(r.err())
        .isEqualTo("jobnorm: rate must be a positive number of requests/second: 0.0\n"
            + "Try 'jobnorm fetch --help' for more information.\n");
    assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(List.of(
            CliRun.run("fetch", "--max-attempts", "0", wm.baseUrl() + "/jobs/view/1"),
            CliRun.run("board", "--proxy", "ftp://x", "greenhouse:acme"),
            CliRun.run("search", "linkedin", "--user-agent", " ", "--keywords", "x")))
        .extracting(c -> c.exitCode() + " " + c.err().lines().findFirst().orElse(""))
        .containsExactly(
            "2 jobnorm: maxAttempts < 1: 0",
            "2 jobnorm: proxy URL must start with http:// or socks5://: ftp://x",
            "2 jobnorm: userAgent is blank");
    wm.verify(0, getRequestedFor(urlPathEqualTo("/jobs/view/1")));
  }

  @Test
  void searchWritesOneLinePerCardOfEveryPage() throws Exception {
    searchPage(0, cards(0, 10));
    searchPage(10, cards(10, 20));
    searchPage(20, cards(20, 24));
    searchPage(24, "");

    CliRun r =
        CliRun.run(
            "search", "linkedin", "--keywords", "analyst", "--location", "Australia",
            "--posted-within", "7d", "--hybrid", "--job-type", "full_time", "--rate", "100",
            "--base-url", wm.baseUrl());

    assertThat(r.err()).isEmpty();
    assertThat(r.exitCode()).isEqualTo(0);
    List<String> lines = r.out().lines().toList();
    assertThat(lines).hasSize(24);
    JsonNode first = json(lines.get(0));
    assertThat(first.get("title").asText()).isEqualTo("Supply Chain Analyst");
    assertThat(first.get("source").get("jobId").asText()).isEqualTo("4288556033");
    wm.verify(
        getRequestedFor(urlPathEqualTo(SEARCH))
            .withQueryParam("f_TPR", equalTo("r604800"))
            .withQueryParam("f_WT", equalTo("3"))
            .withQueryParam("f_JT", equalTo("F")));
  }

  @Test
  void aSearchThatEndsEarlySaysSoWithTheCountsAndExits1() {
    searchPage(0, cards(0, 10));
    wm.stubFor(
        get(urlPathEqualTo(SEARCH))
            .withQueryParam("start", equalTo("10"))
            .willReturn(aResponse().withStatus(503)));

    CliRun r =
        CliRun.run(
            "search", "linkedin", "--keywords", "analyst", "--rate", "100", "--max-attempts", "1",
            "--base-url", wm.baseUrl());

    assertThat(r.out().lines()).hasSize(10);
    assertThat(r.err())
        .isEqualTo("jobnorm: linkedin search ended early: results from 10 on could not be fetched:"
            + " HTTP_STATUS: HTTP 503; gave up after 1 attempts; got 10 postings, could not get 0\n");
    assertThat(r.exitCode()).isEqualTo(ExitCodes.SOME_FAILED);
  }

  @Test
  void aSearchWhoseFirstPageFailsReadNothingAndExits3() {
    wm.stubFor(
        get(urlPathEqualTo(SEARCH))
            .withQueryParam("start", equalTo("0"))
            .willReturn(aResponse().withStatus(503)));

    CliRun r =
        CliRun.run(
            "search", "linkedin", "--keywords", "analyst", "--rate", "100", "--max-attempts", "1",
            "--base-url", wm.baseUrl());

    assertThat(r.out()).isEmpty();
    assertThat(r.err())
        .isEqualTo("jobnorm: linkedin search ended early: results from 0 on could not be fetched:"
            + " HTTP_STATUS: HTTP 503; gave up after 1 attempts; got 0 postings, could not get 0\n");
    assertThat(r.exitCode()).isEqualTo(ExitCodes.NOTHING_READ);
  }

  @Test
  void searchRefusesAnUnknownSiteABadAgeAndAFilterLinkedInLacks() {
    assertThat(CliRun.run("search", "indeed", "--keywords", "x").exitCode()).isEqualTo(ExitCodes.USAGE);
    CliRun bad = CliRun.run("search", "linkedin", "--posted-within", "a week");
    assertThat(bad.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(bad.err()).startsWith("jobnorm: --posted-within takes a number of hours or days");
    CliRun perDiem = CliRun.run("search", "linkedin", "--job-type", "per_diem");
    assertThat(perDiem.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(perDiem.err()).startsWith("jobnorm: LinkedIn has no per-diem filter");
  }

  @Test
  void boardWritesTheJobsOfGreenhouseLeverAndAshbyBoardsAsJsonLines() throws Exception {
    wm.stubFor(
        get(urlPathEqualTo("/v1/boards/northwind/jobs"))
            .willReturn(aResponse().withBody(Fixtures.get("greenhouse", "northwind-board-jobs").text())));
    wm.stubFor(
        get(urlPathEqualTo("/v0/postings/brightpath"))
            .willReturn(aResponse().withBody(Fixtures.get("lever", "brightpath-postings").text())));
    wm.stubFor(
        get(urlPathEqualTo("/posting-api/job-board/harbor"))
            .willReturn(aResponse().withBody(Fixtures.get("ashby", "harbor-job-board").text())));

    CliRun r =
        CliRun.run(
            "board", "greenhouse:northwind", "lever:brightpath", "ashby:harbor", "--rate", "100",
            "--api-base", "greenhouse=" + wm.baseUrl(),
            "--api-base", "lever=" + wm.baseUrl(),
            "--api-base", "ashby=" + wm.baseUrl());

    assertThat(r.err()).isEmpty();
    assertThat(r.exitCode()).isEqualTo(0);
    List<JsonNode> lines = new java.util.ArrayList<>();
    for (String line : r.out().lines().toList()) {
      lines.add(json(line));
    }
    assertThat(lines)
        .extracting(j -> j.get("source").get("site").asText() + " " + j.get("title").asText())
        .containsExactly(
            "greenhouse Customer Support Specialist",
            "greenhouse Product Manager, Claims",
            "lever Onboarding Specialist",
            "lever Clinical Implementation Lead",
            "ashby Machine Learning Engineer",
            "ashby Senior Frontend Engineer",
            "ashby Port Operations Analyst");
  }

  @Test
  void boardReportsABoardThatCannotBeFetched() {
    wm.stubFor(get(urlPathEqualTo("/v1/boards/gone/jobs")).willReturn(aResponse().withStatus(404)));

    CliRun r =
        CliRun.run("board", "greenhouse:gone", "--rate", "100", "--api-base", "greenhouse=" + wm.baseUrl());

    assertThat(r.out()).isEmpty();
    assertThat(r.err())
        .isEqualTo(
            "jobnorm: greenhouse:gone ended early: greenhouse:gone could not be fetched:"
                + " HTTP_STATUS: HTTP 404; got 0 postings, could not get 0\n");
    assertThat(r.exitCode()).isEqualTo(ExitCodes.NOTHING_READ);
  }

  @Test
  void aBoardThatCannotBeFetchedBesideOneThatCanExits1() throws Exception {
    wm.stubFor(get(urlPathEqualTo("/v1/boards/gone/jobs")).willReturn(aResponse().withStatus(404)));
    wm.stubFor(
        get(urlPathEqualTo("/v1/boards/northwind/jobs"))
            .willReturn(aResponse().withBody(Fixtures.get("greenhouse", "northwind-board-jobs").text())));

    CliRun r =
        CliRun.run("board", "greenhouse:gone", "greenhouse:northwind", "--rate", "100",
            "--api-base", "greenhouse=" + wm.baseUrl());

    List<String> titles = new java.util.ArrayList<>();
    for (String line : r.out().lines().toList()) {
      titles.add(json(line).get("title").asText());
    }
    assertThat(titles).containsExactly("Customer Support Specialist", "Product Manager, Claims");
    assertThat(r.err())
        .isEqualTo(
            "jobnorm: greenhouse:gone ended early: greenhouse:gone could not be fetched:"
                + " HTTP_STATUS: HTTP 404; got 0 postings, could not get 0\n");
    assertThat(r.exitCode()).isEqualTo(ExitCodes.SOME_FAILED);
  }

  @Test
  void boardRefusesAnUnknownSystem() {
    CliRun r = CliRun.run("board", "workday:acme");
    assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).startsWith("jobnorm: unknown tracking system 'workday'");
  }
}
