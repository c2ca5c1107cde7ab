package io.github.jobnorm.source.linkedin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.jobnorm.source.InputDocument;
import io.github.jobnorm.source.RawPosting;
import java.util.List;
import org.junit.jupiter.api.Test;

class LinkedInSearchParserTest {
  private final LinkedInSearchParser parser = new LinkedInSearchParser();

  private List<RawPosting> searchPage() {
    InputDocument doc = LinkedInJobPageParserTest.fixture("linkedin", "search-analyst-jobs-australia");
    assertThat(parser.supports(doc)).isTrue();
    return parser.parse(doc);
  }

  @Test
  void readsEveryCardOfTheSearchPage() {
    List<RawPosting> cards = searchPage();
    assertThat(cards).hasSize(349);
    // the page is several result pages saved together, so some jobs appear twice
    assertThat(cards.stream().map(RawPosting::jobId).distinct()).hasSize(329);
    assertThat(cards).allSatisfy(c -> {
      assertThat(c.site()).isEqualTo("linkedin");
      assertThat(c.title()).isNotBlank();
      assertThat(c.company()).isNotBlank();
      assertThat(c.locations()).hasSize(1);
      assertThat(c.postedAt()).matches("\\d{4}-\\d{2}-\\d{2}");
      assertThat(c.url()).isEqualTo("https://www.linkedin.com/jobs/view/" + c.jobId());
      assertThat(c.description()).isEmpty();
      assertThat(c.warnings()).singleElement().asString().contains("search result card");
    });
  }

  @Test
  void readsTheFirstAndLastFiveCards() {
    List<RawPosting> cards = searchPage();
    assertThat(cards.subList(0, 5))
        .extracting(RawPosting::jobId, RawPosting::title, RawPosting::company,
            c -> c.locations().get(0), RawPosting::postedAt)
        .containsExactly(
            tuple("4288556033", "Supply Chain Analyst", "Eaton",
                "Mascot, New South Wales, Australia", "2025-09-16"),
            tuple("4296894645", "Equity Research Analyst - Small Caps", "Morgan Stanley",
                "Sydney, New South Wales, Australia", "2025-09-29"),
            tuple("4308405060", "Data Analyst", "Talentpath Recruitment",
                "Brisbane, Queensland, Australia", "2025-09-30"),
            tuple("4294308964", "Junior FP&A Analyst", "Lyka",
                "Melbourne, Victoria, Australia", "2025-09-02"),
            tuple("4304845115", "Commercial Analyst", "Australian Vintage",
                "Balmain, New South Wales, Australia", "2025-09-25"));
    assertThat(cards.subList(344, 349))
        .extracting(RawPosting::jobId, RawPosting::title, RawPosting::company,
            c -> c.locations().get(0), RawPosting::postedAt)
        .containsExactly(
            tuple("4308110056", "Independent Business Consultant - Remote Opportunity",
                "Face Of Change", "Western Australia, Australia", "2025-10-01"),
            tuple("4283204529", "Sales Associate - Full Time", "Foot Locker",
                "Cairns, Queensland, Australia", "2025-09-29"),
            tuple("4308849987", "Graduate Management Consultant", "Changify",
                "Melbourne, Victoria, Australia", "2025-10-03"),
            tuple("4307393034", "Administrative Associate", "Capital Haus Group",
                "Sydney, New South Wales, Australia", "2025-10-02"),
            tuple("4264599673", "Field Tech Analyst -Winows OS", "NTT DATA North America",
                "Sydney, New South Wales, Australia", "2025-10-03"));
  }

  @Test
  void readsBothCardShapes() {
    List<RawPosting> cards = searchPage();
    RawPosting divCard = cards.get(0);
    assertThat(divCard.companyUrl()).isEqualTo("https://ie.linkedin.com/company/eaton");
    // card 347 is an <a> card with a "new" list date and a company without a link
    RawPosting anchorCard = cards.get(346);
    assertThat(anchorCard.jobId()).isEqualTo("4308849987");
    assertThat(anchorCard.postedAt()).isEqualTo("2025-10-03");
  }

  @Test
  void readsTheSeeMoreFragmentAndSalaryOnACard() {
    String fragment = """
        <li>
          <a class="base-card base-card--link base-search-card job-search-card"
             data-entity-urn="urn:li:jobPosting:4100000001"
             href="https://www.linkedin.com/jobs/view/backend-engineer-at-acme-4100000001?position=1&amp;trk=x">
            <div class="base-search-card__info">
              <h3 class="base-search-card__title">Backend Engineer</h3>
              <h4 class="base-search-card__subtitle">Acme</h4>
              <div class="base-search-card__metadata">
                <span class="job-search-card__location">Austin, TX</span>
                <span class="job-search-card__salary-info">$120K/yr - $150K/yr</span>
                <time class="job-search-card__listdate--new" datetime="2026-11-20">4 days ago</time>
              </div>
            </div>
          </a>
        </li>
        <li>
          <div class="base-card base-search-card job-search-card">
            <a class="base-card__full-link" href="https://ca.linkedin.com/jobs/view/data-analyst-4100000002?refId=abc">
              <span class="sr-only">Data Analyst</span></a>
            <div class="base-search-card__info">
              <h4 class="base-search-card__subtitle"><a href="https://ca.linkedin.com/company/beta?trk=y">Beta</a></h4>
              <span class="job-search-card__location">Toronto, Ontario, Canada</span>
              <time class="job-search-card__listdate" datetime="2026-11-01">3 weeks ago</time>
            </div>
          </div>
        </li>
        """;
    InputDocument doc = InputDocument.of(fragment);
    assertThat(parser.supports(doc)).isTrue();
    List<RawPosting> cards = parser.parse(doc);
    assertThat(cards)
        .extracting(RawPosting::jobId, RawPosting::title, RawPosting::company,
            RawPosting::companyUrl, RawPosting::postedAt, RawPosting::payTexts)
        .containsExactly(
            tuple("4100000001", "Backend Engineer", "Acme", null, "2026-11-20",
                List.of("$120K/yr - $150K/yr")),
            tuple("4100000002", "Data Analyst", "Beta", "https://ca.linkedin.com/company/beta",
                "2026-11-01", List.of()));
  }

  @Test
  void leavesJobPagesToThePageParser() {
    InputDocument heidi = LinkedInJobPageParserTest.fixture("linkedin", "heidi-senior-software-engineer");
    assertThat(parser.supports(heidi)).isFalse();
  }
}
