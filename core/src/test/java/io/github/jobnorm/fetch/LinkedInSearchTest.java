package io.github.jobnorm.fetch;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.jobnorm.fixtures.Fixtures;
import io.github.jobnorm.model.EmploymentType;
import io.github.jobnorm.model.Seniority;
import io.github.jobnorm.model.WorkplaceType;
import io.github.jobnorm.source.RawPosting;
import io.github.jobnorm.source.SourceRegistry;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** LinkedIn guest search against a stub: paging by cards received, details, and the accounting. */
class LinkedInSearchTest {
  @RegisterExtension static WireMockExtension wm = WireMockFetching.server();

  private static final String SEARCH = "/jobs-guest/jobs/api/seeMoreJobPostings/search";
  private static final String DETAIL = "/jobs-guest/jobs/api/jobPosting/";

  private final FakeTiming timing = new FakeTiming();
  private final Fetcher fetcher = WireMockFetching.fetcher(timing).build();
  private final SourceRegistry parsers = SourceRegistry.standard();
  private final LinkedInSearch search =
      LinkedInSearch.over(fetcher, wm.baseUrl(), parsers.byName(LinkedInSearch.CARD_PARSER), parsers);

  private static String id(int n) {
    return Long.toString(4_100_000_000L + n);
  }

  /** A results fragment as seeMoreJobPostings serves it: bare list items, no page around them. */
  private static String cards(int from, int count) {
    StringBuilder html = new StringBuilder();
    for (int n = from; n < from + count; n++) {
      html.append("<li><div class=\"base-card base-search-card job-search-card\" data-entity-urn=\"urn:li:jobPosting:")
          .append(id(n))
          .append("\"><h3 class=\"base-search-card__title\">Analyst ")
          .append(n)
          .append("</h3></div></li>\n");
    }
    return html.toString();
  }

  private void page(int start, String body) {
    wm.stubFor(
        get(urlPathEqualTo(SEARCH))
            .withQueryParam("start", equalTo(Integer.toString(start)))
            .willReturn(aResponse().withHeader("Content-Type", "text/html; charset=utf-8").withBody(body)));
  }

  private void threePages() {
    page(0, cards(0, 10));
    page(10, cards(10, 10));
    page(20, cards(20, 4));
    page(24, "");
  }

  private void details() {
    wm.stubFor(
        get(urlPathMatching(DETAIL + "[0-9]+"))
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "text/html")
                    .withBody(
                        "<section><h2 class=\"top-card-layout__title\">Data Analyst</h2>"
                            + "<div class=\"show-more-less-html__markup\"><p>Work with data.</p></div></section>")));
  }

  private List<String> startsAsked() {
    return wm.findAll(getRequestedFor(urlPathEqualTo(SEARCH))).stream()
        .map(LoggedRequest::getUrl)
        .map(u -> u.substring(u.indexOf("start=") + 6))
        .toList();
  }

  @Test
  void pagesByTheCardsReceivedAndAccountsForEveryCard() {
    threePages();

    Listing listing = search.search(LinkedInQuery.keywords("analyst").location("Australia").build());

    assertThat(startsAsked()).containsExactly("0", "10", "20", "24");
    assertThat(listing.postings()).extracting(RawPosting::jobId)
        .containsExactlyElementsOf(IntStream.range(0, 24).mapToObj(LinkedInSearchTest::id).toList());
    assertThat(listing.postings().get(23).title()).isEqualTo("Analyst 23");
    assertThat(listing.missed()).isEmpty();
    assertThat(listing.offered()).isEqualTo(24);
    assertThat(listing.stop()).isEqualTo(Listing.Stop.END);
    assertThat(listing.stopMessage()).isEqualTo("no more results after 24");
    assertThat(listing.requests()).isEqualTo(4);
    assertThat(timing.elapsed()).isEqualTo(Duration.ofMillis(3));
  }

  @Test
  void fetchesTheDetailOfEveryCard() {
    threePages();
    details();

    Listing listing = search.search(LinkedInQuery.keywords("analyst").details(true).build());

    assertThat(listing.postings()).hasSize(24).allSatisfy(p -> {
      assertThat(p.title()).isEqualTo("Data Analyst");
      assertThat(p.description()).isEqualTo("<p>Work with data.</p>");
    });
    assertThat(listing.postings()).extracting(RawPosting::jobId)
        .containsExactlyElementsOf(IntStream.range(0, 24).mapToObj(LinkedInSearchTest::id).toList());
    assertThat(listing.missed()).isEmpty();
    assertThat(listing.requests()).isEqualTo(4 + 24);
    wm.verify(24, getRequestedFor(urlPathMatching(DETAIL + "[0-9]+")));
  }

  /** The cards of the saved "Analyst jobs in Australia" search, as seeMoreJobPostings serves them. */
  private static List<String> realCards() {
    Document saved = Jsoup.parse(Fixtures.get("linkedin", "search-analyst-jobs-australia").text());
    return saved.select("li > .base-search-card").stream().map(Element::outerHtml).toList();
  }

  private static String join(List<String> cards, int from, int to) {
    return String.join("\n", cards.subList(from, to));
  }

  @Test
  void readsThreePagesOfRealCardsAndTheDetailOfEach() {
    List<String> cards = realCards();
    page(0, join(cards, 0, 10));
    page(10, join(cards, 10, 20));
    page(20, join(cards, 20, 24));
    page(24, "");
    wm.stubFor(
        get(urlPathMatching(DETAIL + "[0-9]+"))
            .willReturn(aResponse().withHeader("Content-Type", "text/html; charset=utf-8")
                .withBody(Fixtures.get("linkedin", "wellness-coach-description-fragment").text())));
    wm.stubFor(
        get(DETAIL + "4288556033")
            .willReturn(aResponse().withHeader("Content-Type", "text/html; charset=utf-8")
                .withBody(Fixtures.get("linkedin", "eaton-supply-chain-analyst").text())));

    Listing listing =
        search.search(LinkedInQuery.keywords("analyst").location("Australia").details(true).build());

    assertThat(startsAsked()).containsExactly("0", "10", "20", "24");
    assertThat(listing.offered()).isEqualTo(24);
    assertThat(listing.missed()).isEmpty();
    assertThat(listing.postings()).hasSize(24);
    assertThat(listing.postings().subList(0, 5))
        .extracting(RawPosting::jobId)
        .containsExactly("4288556033", "4296894645", "4308405060", "4294308964", "4304845115");
    RawPosting eaton = listing.postings().get(0);
    assertThat(eaton.title()).isEqualTo("Supply Chain Analyst");
    assertThat(eaton.company()).isEqualTo("Eaton");
    assertThat(eaton.locations()).containsExactly("Mascot, New South Wales, Australia");
    assertThat(eaton.fetchedAt()).isEqualTo(FakeTiming.START.plusMillis(4));
    // the others got the description fragment, under their own ids
    assertThat(listing.postings().get(1).url()).isEqualTo("https://www.linkedin.com/jobs/view/4296894645");
    assertThat(listing.postings().subList(1, 24))
        .allSatisfy(p -> assertThat(p.description()).contains("At <strong>Wellness Coach</strong>"));
    assertThat(listing.requests()).isEqualTo(4 + 24);
  }

  @Test
  void aDetailThatFailsIsMissedWithItsCardNotDropped() {
    threePages();
    details();
    wm.stubFor(get(DETAIL + id(7)).willReturn(aResponse().withStatus(404)));
    wm.stubFor(get(DETAIL + id(8)).willReturn(aResponse().withBody("<p>not a job page</p>")));

    Listing listing = search.search(LinkedInQuery.keywords("analyst").details(true).build());

    assertThat(listing.postings()).hasSize(22);
    assertThat(listing.missed()).hasSize(2);
    assertThat(listing.missed().get(0))
        .isEqualTo(
            new Listing.Missed(
                id(7),
                wm.baseUrl() + DETAIL + id(7),
                listing.missed().get(0).card(),
                FetchResult.Reason.HTTP_STATUS,
                null,
                "HTTP 404"));
    Listing.Missed unread = listing.missed().get(1);
    assertThat(unread.jobId()).isEqualTo(id(8));
    assertThat(unread.url()).isEqualTo(wm.baseUrl() + DETAIL + id(8));
    assertThat(unread.fetchReason()).isNull();
    assertThat(unread.parseReason()).isEqualTo(io.github.jobnorm.ParseFailure.Reason.NOT_A_POSTING);
    assertThat(unread.card().title()).isEqualTo("Analyst 8");
    assertThat(listing.missed().get(0).card().title()).isEqualTo("Analyst 7");
    assertThat(listing.postings().size() + listing.missed().size()).isEqualTo(listing.offered());
  }

  @Test
  void aBlockMidwayEndsTheSearchAndEveryCardSoFarIsAccountedFor() {
    page(0, cards(0, 10));
    wm.stubFor(
        get(urlPathEqualTo(SEARCH))
            .withQueryParam("start", equalTo("10"))
            .willReturn(aResponse().withStatus(999)));
    details();

    Listing listing = search.search(LinkedInQuery.keywords("analyst").details(true).build());

    assertThat(listing.stop()).isEqualTo(Listing.Stop.FAILED);
    assertThat(listing.complete()).isFalse();
    assertThat(listing.stopMessage())
        .isEqualTo(
            "results from 10 on could not be fetched: BLOCKED: localhost answered status 999"
                + " (refused as a robot); backing localhost off for 900 s");
    assertThat(listing.offered()).isEqualTo(10);
    assertThat(listing.postings()).isEmpty();
    assertThat(listing.missed())
        .allSatisfy(m -> assertThat(m.fetchReason()).isEqualTo(FetchResult.Reason.BLOCKED));
    assertThat(listing.missed()).extracting(Listing.Missed::jobId)
        .containsExactlyElementsOf(IntStream.range(0, 10).mapToObj(LinkedInSearchTest::id).toList());
    assertThat(listing.missed()).extracting(m -> m.card().title())
        .containsExactlyElementsOf(IntStream.range(0, 10).mapToObj(n -> "Analyst " + n).toList());
    assertThat(listing.requests()).isEqualTo(2);
    wm.verify(0, getRequestedFor(urlPathMatching(DETAIL + "[0-9]+")));
  }

  @Test
  void stopsAtTheCallersLimit() {
    threePages();

    Listing listing = search.search(LinkedInQuery.keywords("analyst").limit(15).build());

    assertThat(startsAsked()).containsExactly("0", "10");
    assertThat(listing.offered()).isEqualTo(15);
    assertThat(listing.stop()).isEqualTo(Listing.Stop.LIMIT);
  }

  @Test
  void stopsAtLinkedInsCapOfAThousandResults() {
    wm.stubFor(
        get(urlPathEqualTo(SEARCH))
            .willReturn(aResponse().withHeader("Content-Type", "text/html").withBody(cards(0, 10))));

    Listing listing = search.search(LinkedInQuery.keywords("analyst").build());

    // the same ten cards on every page: repeats are counted once, paging still advances
    assertThat(startsAsked()).hasSize(100).endsWith("990");
    assertThat(listing.offered()).isEqualTo(10);
    assertThat(listing.stop()).isEqualTo(Listing.Stop.CAP);
  }

  @Test
  void buildsTheSearchUrlFromTheQuery() {
    LinkedInQuery query =
        LinkedInQuery.keywords("data engineer")
            .location("Berlin, Germany")
            .geoId("106967730")
            .postedWithin(Duration.ofDays(7))
            .workplace(WorkplaceType.HYBRID, WorkplaceType.REMOTE)
            .employment(EmploymentType.FULL_TIME, EmploymentType.CONTRACT)
            .seniority(Seniority.MID_SENIOR, Seniority.ENTRY_LEVEL)
            .companyIds(List.of("1441", "1035"))
            .build();

    assertThat(LinkedInSearch.over(fetcher).pageUrl(query, 20))
        .isEqualTo(
            "https://www.linkedin.com/jobs-guest/jobs/api/seeMoreJobPostings/search"
                + "?keywords=data%20engineer&location=Berlin%2C%20Germany&geoId=106967730"
                + "&f_TPR=r604800&f_WT=3%2C2&f_JT=F%2CC&f_E=2%2C4&f_C=1441%2C1035&start=20");
  }
}
