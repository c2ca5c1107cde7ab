package io.github.jobnorm.source.ats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.jobnorm.fixtures.Fixtures;
import io.github.jobnorm.model.SourceFormat;
import io.github.jobnorm.source.DescriptionFormat;
import io.github.jobnorm.source.InputDocument;
import io.github.jobnorm.source.RawPay;
import io.github.jobnorm.source.RawPosting;
import io.github.jobnorm.source.SourceParser;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class AtsParsersTest {
  private final GreenhouseParser greenhouse = new GreenhouseParser();
  private final LeverParser lever = new LeverParser();
  private final AshbyParser ashby = new AshbyParser();

  private static List<RawPosting> read(SourceParser parser, String source, String name)
      throws Exception {
    InputDocument doc = InputDocument.of(Fixtures.get(source, name).text());
    assertThat(parser.supports(doc)).as(parser.name() + " supports " + name).isTrue();
    List<RawPosting> postings = parser.parse(doc);
    assertThat(postings).allSatisfy(p -> {
      assertThat(p.format()).isEqualTo(SourceFormat.ATS_JSON);
      assertThat(p.site()).isEqualTo(parser.name());
      assertThat(p.descriptionFormat()).isEqualTo(DescriptionFormat.HTML);
    });
    return postings;
  }

  private static RawPay pay(String min, String max, String currency, String unit, String text) {
    return new RawPay(new BigDecimal(min), new BigDecimal(max), currency, unit, text);
  }

  @Test
  void greenhouseJobWithPayInCents() throws Exception {
    RawPosting p = read(greenhouse, "greenhouse", "northwind-backend-engineer-with-pay").get(0);
    assertThat(p.jobId()).isEqualTo("4012345007");
    assertThat(p.url()).isEqualTo("https://job-boards.greenhouse.io/northwindlabs/jobs/4012345007");
    assertThat(p.title()).isEqualTo("Senior Backend Engineer, Payments");
    assertThat(p.company()).isEqualTo("Northwind Labs");
    assertThat(p.locations()).containsExactly("San Francisco, CA");
    assertThat(p.postedAt()).isEqualTo("2026-10-28T09:00:00-04:00");
    assertThat(p.employmentTypes()).containsExactly("Full-time");
    assertThat(p.pay()).usingRecursiveFieldByFieldElementComparator()
        .containsExactly(pay("185000", "225000", "USD", null, null));
    assertThat(p.description())
        .startsWith("<h2>About the role</h2>")
        .contains("<li>Design and run the ledger and payout services in Java and PostgreSQL.</li>")
        .contains("What you&#39;ll do")
        .doesNotContain("&lt;");
  }

  @Test
  void greenhouseJobsListRemoteAndMultiLocationWithoutPay() throws Exception {
    List<RawPosting> jobs = read(greenhouse, "greenhouse", "northwind-board-jobs");
    assertThat(jobs)
        .extracting(RawPosting::jobId, RawPosting::title, RawPosting::locations, RawPosting::url)
        .containsExactly(
            tuple("4012345101", "Customer Support Specialist", List.of("Remote - United States"),
                "https://job-boards.greenhouse.io/northwindlabs/jobs/4012345101"),
            tuple("4012345102", "Product Manager, Claims",
                List.of("New York, NY; Austin, TX; Toronto, ON"),
                "https://www.northwindlabs.example/careers?gh_jid=4012345102"));
    assertThat(jobs).allSatisfy(j -> {
      assertThat(j.pay()).isEmpty();
      assertThat(j.employmentTypes()).isEmpty();
      assertThat(j.description()).contains("<ul>").doesNotContain("&lt;");
    });
  }

  @Test
  void leverPostingWithSalaryRangeAndLists() throws Exception {
    RawPosting p = read(lever, "lever", "brightpath-data-engineer-with-salary").get(0);
    assertThat(p.jobId()).isEqualTo("5f1c2a9e-3b7d-4c6a-9e21-7d4b8a6c0f31");
    assertThat(p.url())
        .isEqualTo("https://jobs.lever.co/brightpath/5f1c2a9e-3b7d-4c6a-9e21-7d4b8a6c0f31");
    assertThat(p.title()).isEqualTo("Data Engineer");
    assertThat(p.company()).isNull();
    assertThat(p.locations()).containsExactly("Denver, CO");
    assertThat(p.workplaceType()).isEqualTo("hybrid");
    assertThat(p.employmentTypes()).containsExactly("Full-time");
    assertThat(p.postedAt()).isEqualTo("2026-11-03T14:30:00Z");
    assertThat(p.pay()).usingRecursiveFieldByFieldElementComparator()
        .containsExactly(pay("128000", "152000", "USD", "per-year-salary", null));
    assertThat(p.description())
        .contains("<h3>What you'll do</h3>\n<ul><li>Build batch and streaming pipelines")
        .contains("<h3>What we're looking for</h3>")
        .contains("The salary range for this role in Colorado")
        .endsWith("We welcome applicants of every background.</div>");
  }

  @Test
  void leverListRemoteAndMultiLocation() throws Exception {
    List<RawPosting> postings = read(lever, "lever", "brightpath-postings");
    assertThat(postings)
        .extracting(RawPosting::title, RawPosting::locations, RawPosting::workplaceType,
            RawPosting::employmentTypes, RawPosting::pay)
        .containsExactly(
            tuple("Onboarding Specialist", List.of("Remote - Canada"), "remote",
                List.of("Full-time"), List.of()),
            tuple("Clinical Implementation Lead", List.of("Boston, MA", "Chicago, IL", "Seattle, WA"),
                "on-site", List.of("Contract"), List.of()));
  }

  @Test
  void ashbyBoardWithPayRemoteAndSecondaryLocations() throws Exception {
    List<RawPosting> jobs = read(ashby, "ashby", "harbor-job-board");
    assertThat(jobs).hasSize(3);
    RawPosting ml = jobs.get(0);
    assertThat(ml.jobId()).isEqualTo("0b6f3c2a-9d41-4e7b-a3c5-1f2e3d4c5b6a");
    assertThat(ml.title()).isEqualTo("Machine Learning Engineer");
    assertThat(ml.locations()).containsExactly("London, UK");
    assertThat(ml.remote()).isFalse();
    assertThat(ml.workplaceType()).isEqualTo("OnSite");
    assertThat(ml.employmentTypes()).containsExactly("FullTime");
    assertThat(ml.postedAt()).isEqualTo("2026-11-04T09:30:00.000+00:00");
    assertThat(ml.pay()).usingRecursiveFieldByFieldElementComparator()
        .containsExactly(pay("85000", "105000", "GBP", "1 YEAR", "£85K – £105K"));

    RawPosting remote = jobs.get(1);
    assertThat(remote.locations()).containsExactly("Remote - Europe");
    assertThat(remote.remote()).isTrue();
    assertThat(remote.workplaceType()).isEqualTo("Remote");
    assertThat(remote.pay()).isEmpty();

    RawPosting multi = jobs.get(2);
    assertThat(multi.locations())
        .containsExactly("Rotterdam, Netherlands", "Hamburg, Germany", "Antwerp, Belgium");
    assertThat(multi.employmentTypes()).containsExactly("PartTime");
    assertThat(multi.workplaceType()).isEqualTo("Hybrid");
    assertThat(multi.pay()).isEmpty();
  }

  @Test
  void eachFeedIsTakenOnlyByItsOwnParser() throws Exception {
    for (String[] c : new String[][] {
        {"greenhouse", "northwind-board-jobs"}, {"lever", "brightpath-postings"},
        {"ashby", "harbor-job-board"}}) {
      InputDocument doc = InputDocument.of(Fixtures.get(c[0], c[1]).text());
      assertThat(List.of(greenhouse, lever, ashby))
          .filteredOn(p -> p.supports(doc))
          .extracting(SourceParser::name)
          .containsExactly(c[0]);
    }
  }

  @Test
  void greenhouseFallsBackToOfficesAndSkipsRangesWithoutFigures() throws Exception {
    String json = """
        {"id": 7, "title": "Nurse", "absolute_url": "https://boards.greenhouse.io/x/jobs/7",
         "internal_job_id": 8, "location": {"name": ""},
         "offices": [{"name": "Leeds", "location": "Leeds, England"}, {"name": "York"}],
         "pay_input_ranges": [{"min_cents": null, "max_cents": null, "currency_type": "GBP"}],
         "content": "Plain text, no markup."}
        """;
    RawPosting p = greenhouse.parse(InputDocument.of(json)).get(0);
    assertThat(p.locations()).containsExactly("Leeds, England", "York");
    assertThat(p.pay()).isEmpty();
    assertThat(p.descriptionFormat()).isEqualTo(DescriptionFormat.TEXT);
  }
}
