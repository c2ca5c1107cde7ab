package io.github.jobnorm.fetch;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.jobnorm.ParseFailure;
import io.github.jobnorm.fixtures.Fixtures;
import io.github.jobnorm.source.RawPosting;
import io.github.jobnorm.source.SourceRegistry;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Greenhouse, Lever and Ashby boards against a stub: the feed URLs, paging and the accounting. */
class BoardFetcherTest {
  @RegisterExtension static WireMockExtension wm = WireMockFetching.server();

  private final FakeTiming timing = new FakeTiming();
  private final Fetcher fetcher = WireMockFetching.fetcher(timing).build();
  private final BoardFetcher boards =
      stubbed(BoardFetcher.over(fetcher, new SourceRegistry(List.of(StandInParsers.feeds()))));

  private static BoardFetcher stubbed(BoardFetcher fetcher) {
    BoardFetcher b = fetcher;
    for (Board.Ats ats : Board.Ats.values()) {
      b = b.withBaseUrl(ats, wm.baseUrl());
    }
    return b;
  }

  private static void json(String path, String body) {
    wm.stubFor(
        get(urlPathEqualTo(path))
            .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(body)));
  }

  @Test
  void readsAGreenhouseBoardAndReportsTheJobNoParserRead() {
    json(
        "/v1/boards/acme/jobs",
        "{\"jobs\":[{\"id\":4001,\"title\":\"Data Engineer\"},{\"id\":4002,\"title\":\"draft: do not post\"},"
            + "{\"id\":4003,\"title\":\"Analyst\"}],\"meta\":{\"total\":3}}");

    Listing listing = boards.fetch(Board.parse("greenhouse:acme"));

    assertThat(listing.postings()).extracting(RawPosting::jobId).containsExactly("4001", "4003");
    assertThat(listing.missed())
        .containsExactly(
            new Listing.Missed(
                "4002",
                wm.baseUrl() + "/v1/boards/acme/jobs?content=true&pay_transparency=true",
                null,
                null,
                ParseFailure.Reason.NOT_A_POSTING,
                "no parser returned this job of the feed"));
    assertThat(listing.offered()).isEqualTo(3);
    assertThat(listing.stop()).isEqualTo(Listing.Stop.END);
    assertThat(listing.stopMessage()).isEqualTo("greenhouse:acme: 3 jobs");
    wm.verify(
        com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(urlPathEqualTo("/v1/boards/acme/jobs"))
            .withQueryParam("content", equalTo("true"))
            .withQueryParam("pay_transparency", equalTo("true")));
  }

  @Test
  void pagesThroughALeverBoardUntilAShortPage() {
    String first =
        IntStream.range(0, 100)
            .mapToObj(i -> "{\"id\":\"lv-" + i + "\",\"text\":\"Role " + i + "\"}")
            .collect(Collectors.joining(",", "[", "]"));
    wm.stubFor(
        get(urlPathEqualTo("/v0/postings/acme"))
            .withQueryParam("skip", equalTo("0"))
            .withQueryParam("mode", equalTo("json"))
            .withQueryParam("limit", equalTo("100"))
            .willReturn(aResponse().withBody(first)));
    wm.stubFor(
        get(urlPathEqualTo("/v0/postings/acme"))
            .withQueryParam("skip", equalTo("100"))
            .willReturn(aResponse().withBody("[{\"id\":\"lv-100\",\"text\":\"Last role\"}]")));

    Listing listing = boards.fetch(Board.parse("lever:acme"));

    assertThat(listing.postings()).hasSize(101);
    assertThat(listing.postings().get(100).title()).isEqualTo("Last role");
    assertThat(listing.missed()).isEmpty();
    assertThat(listing.offered()).isEqualTo(101);
    assertThat(listing.requests()).isEqualTo(2);
    assertThat(listing.stopMessage()).isEqualTo("lever:acme: 101 jobs");
  }

  @Test
  void readsAnAshbyBoardWithCompensation() {
    wm.stubFor(
        get(urlPathEqualTo("/posting-api/job-board/acme"))
            .withQueryParam("includeCompensation", equalTo("true"))
            .willReturn(
                aResponse()
                    .withBody(
                        "{\"apiVersion\":\"1\",\"jobs\":[{\"id\":\"9f1c\",\"title\":\"Designer\"},"
                            + "{\"id\":\"9f1d\",\"title\":\"Engineer\"}]}")));

    Listing listing = boards.fetch(Board.parse("ashby:acme"));

    assertThat(listing.postings()).extracting(RawPosting::title).containsExactly("Designer", "Engineer");
    assertThat(listing.offered()).isEqualTo(2);
  }

  @Test
  void aBoardThatCannotBeFetchedFailsWithNothingOffered() {
    wm.stubFor(get(urlPathEqualTo("/v1/boards/gone/jobs")).willReturn(aResponse().withStatus(404)));

    Listing listing = boards.fetch(Board.parse("greenhouse:gone"));

    assertThat(listing)
        .isEqualTo(
            new Listing(
                List.of(),
                List.of(),
                0,
                Listing.Stop.FAILED,
                "greenhouse:gone could not be fetched: HTTP_STATUS: HTTP 404",
                1));
  }

  @Test
  void aDocumentThatIsNotAFeedFails() {
    json("/v1/boards/odd/jobs", "{\"error\":\"maintenance\"}");

    Listing listing = boards.fetch(Board.parse("greenhouse:odd"));

    assertThat(listing.stop()).isEqualTo(Listing.Stop.FAILED);
    assertThat(listing.stopMessage())
        .isEqualTo(
            "greenhouse:odd: "
                + wm.baseUrl()
                + "/v1/boards/odd/jobs?content=true&pay_transparency=true is not a GREENHOUSE job feed");
  }

  @Test
  void anUnchangedBoardIsReportedAsNotModifiedWhenAsked() {
    wm.stubFor(
        get(urlPathEqualTo("/v1/boards/same/jobs"))
            .withHeader("If-None-Match", absent())
            .willReturn(aResponse().withHeader("ETag", "\"b1\"").withBody("{\"jobs\":[{\"id\":1,\"title\":\"A\"}]}")));
    wm.stubFor(
        get(urlPathEqualTo("/v1/boards/same/jobs"))
            .withHeader("If-None-Match", equalTo("\"b1\""))
            .willReturn(aResponse().withStatus(304)));
    BoardFetcher conditional = boards.withConditional(true);

    Listing first = conditional.fetch(Board.parse("greenhouse:same"));
    Listing second = conditional.fetch(Board.parse("greenhouse:same"));
    Listing unconditional = boards.fetch(Board.parse("greenhouse:same"));

    assertThat(first.offered()).isEqualTo(1);
    assertThat(second)
        .isEqualTo(
            new Listing(List.of(), List.of(), 0, Listing.Stop.NOT_MODIFIED, "greenhouse:same has not changed", 1));
    assertThat(unconditional.offered()).isEqualTo(1);
  }

  @Test
  void readsTheFixtureBoardsOfEachSystemWithTheRealParsers() {
    BoardFetcher real = stubbed(BoardFetcher.over(fetcher));
    json("/v1/boards/northwind/jobs", Fixtures.get("greenhouse", "northwind-board-jobs").text());
    json("/v0/postings/brightpath", Fixtures.get("lever", "brightpath-postings").text());
    json("/posting-api/job-board/harbor", Fixtures.get("ashby", "harbor-job-board").text());

    Listing greenhouse = real.fetch(Board.parse("greenhouse:northwind"));
    Listing lever = real.fetch(Board.parse("lever:brightpath"));
    Listing ashby = real.fetch(Board.parse("ashby:harbor"));

    assertThat(greenhouse.postings())
        .extracting(RawPosting::site, RawPosting::jobId, RawPosting::title)
        .containsExactly(
            tuple("greenhouse", "4012345101", "Customer Support Specialist"),
            tuple("greenhouse", "4012345102", "Product Manager, Claims"));
    assertThat(lever.postings())
        .extracting(RawPosting::site, RawPosting::title)
        .containsExactly(
            tuple("lever", "Onboarding Specialist"), tuple("lever", "Clinical Implementation Lead"));
    assertThat(ashby.postings())
        .extracting(RawPosting::title)
        .containsExactly("Machine Learning Engineer", "Senior Frontend Engineer", "Port Operations Analyst");
    assertThat(List.of(greenhouse, lever, ashby))
        .allSatisfy(l -> {
          assertThat(l.missed()).isEmpty();
          assertThat(l.stop()).isEqualTo(Listing.Stop.END);
        });
    assertThat(greenhouse.postings().get(0).fetchedAt()).isEqualTo(FakeTiming.START);
  }

  @Test
  void readsBoardNames() {
    assertThat(Board.parse("Lever:acme-inc")).isEqualTo(new Board(Board.Ats.LEVER, "acme-inc"));
    assertThat(Board.parse("ashby:Acme.Labs").toString()).isEqualTo("ashby:Acme.Labs");
    assertThatThrownBy(() -> Board.parse("workday:acme")).hasMessageContaining("greenhouse, lever or ashby");
    assertThatThrownBy(() -> Board.parse("greenhouse:../etc")).hasMessageContaining("board token");
    assertThatThrownBy(() -> Board.parse("acme")).hasMessageContaining("greenhouse:TOKEN");
  }
}
