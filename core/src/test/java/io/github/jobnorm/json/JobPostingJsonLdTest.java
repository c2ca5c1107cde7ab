package io.github.jobnorm.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.jobnorm.JobNorm;
import io.github.jobnorm.ParseResult;
import io.github.jobnorm.fixtures.Fixtures;
import io.github.jobnorm.model.Company;
import io.github.jobnorm.model.EmploymentType;
import io.github.jobnorm.model.JobPosting;
import io.github.jobnorm.model.Location;
import io.github.jobnorm.model.PayKind;
import io.github.jobnorm.model.PayPeriod;
import io.github.jobnorm.model.PayRange;
import io.github.jobnorm.model.Source;
import io.github.jobnorm.model.SourceFormat;
import io.github.jobnorm.model.WorkplaceType;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JobPostingJsonLdTest {

  private static JobPosting sample() {
    return JobPosting.builder()
        .id("linkedin:4104804862")
        .source(new Source("linkedin", "https://www.linkedin.com/jobs/view/4104804862",
            "4104804862", SourceFormat.TEXT, null))
        .title("Research Scientist Intern")
        .company(new Company("Toyota Research Institute", null))
        .locations(List.of(new Location("Los Altos, CA", "Los Altos", "CA", "US", false),
            new Location("Remote - US", null, null, "US", true)))
        .workplaceType(WorkplaceType.HYBRID)
        .employmentType(EmploymentType.INTERNSHIP)
        .pay(List.of(PayRange.of(new BigDecimal("45"), new BigDecimal("65"), "USD", PayPeriod.HOUR,
            "California-based roles", PayKind.BASE, "between $45 and $65/hour")))
        .postedAt(LocalDate.parse("2026-11-01"))
        .validThrough(LocalDate.parse("2026-12-31"))
        .description("About the team\n\nWe build robots & <models>.\n\n- Train models\n- Ship them")
        .build();
  }

  @Test
  void writesGooglesRequiredAndRecommendedFields() throws Exception {
    JsonNode n = JobPostingJson.mapper().readTree(JobPostingJsonLd.write(sample()));
    assertThat(n.get("@context").asText()).isEqualTo("https://schema.org/");
    assertThat(n.get("@type").asText()).isEqualTo("JobPosting");
    assertThat(n.get("title").asText()).isEqualTo("Research Scientist Intern");
    assertThat(n.get("description").asText()).isEqualTo("<p>About the team</p>"
        + "<p>We build robots &amp; &lt;models&gt;.</p><ul><li>Train models</li><li>Ship them</li></ul>");
    assertThat(n.get("datePosted").asText()).isEqualTo("2026-11-01");
    assertThat(n.get("validThrough").asText()).isEqualTo("2026-12-31");
    assertThat(n.at("/hiringOrganization/name").asText()).isEqualTo("Toyota Research Institute");
    assertThat(n.at("/hiringOrganization/sameAs").isMissingNode()).isTrue();
    assertThat(n.get("jobLocation")).hasSize(1);
    assertThat(n.at("/jobLocation/0/address/@type").asText()).isEqualTo("PostalAddress");
    assertThat(n.at("/jobLocation/0/address/addressLocality").asText()).isEqualTo("Los Altos");
    assertThat(n.at("/jobLocation/0/address/addressRegion").asText()).isEqualTo("CA");
    assertThat(n.at("/jobLocation/0/address/addressCountry").asText()).isEqualTo("US");
    assertThat(n.get("jobLocationType").asText()).isEqualTo("TELECOMMUTE");
    assertThat(n.at("/applicantLocationRequirements/0/@type").asText()).isEqualTo("Country");
    assertThat(n.at("/applicantLocationRequirements/0/name").asText()).isEqualTo("US");
    assertThat(n.get("employmentType").asText()).isEqualTo("INTERN");
    assertThat(n.at("/baseSalary/currency").asText()).isEqualTo("USD");
    assertThat(n.at("/baseSalary/value/minValue").decimalValue()).isEqualByComparingTo("45");
    assertThat(n.at("/baseSalary/value/maxValue").decimalValue()).isEqualByComparingTo("65");
    assertThat(n.at("/baseSalary/value/unitText").asText()).isEqualTo("HOUR");
    assertThat(n.at("/identifier/value").asText()).isEqualTo("4104804862");
    assertThat(n.get("url").asText()).isEqualTo("https://www.linkedin.com/jobs/view/4104804862");
  }

  @Test
  void leavesOutWhatIsNotKnown() throws Exception {
    JobPosting bare = JobPosting.builder().id("sha256:0123456789abcdef")
        .source(Source.of(SourceFormat.TEXT)).title("Cook").build();
    JsonNode n = JobPostingJson.mapper().readTree(JobPostingJsonLd.write(bare, false));
    assertThat(n.fieldNames()).toIterable().containsExactly("@context", "@type", "title");
  }

  @Test
  void turnsMegabytesOfAdversarialWhiteSpaceIntoHtmlInLinearTime() {
    String text = "a\n" + " ".repeat(3_000_000) + "b\n" + "\n \n- x\n".repeat(300_000);
    String html = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> JobPostingJsonLd.html(text));
    assertThat(html).startsWith("<p>a<br>b</p><ul><li>x</li></ul><ul><li>x</li></ul>");
  }

  @Test
  void mapsEveryEmploymentTypeToGooglesValues() {
    assertThat(List.of(EmploymentType.values()))
        .extracting(JobPostingJsonLd::googleEmploymentType)
        .containsExactly("FULL_TIME", "PART_TIME", "CONTRACTOR", "TEMPORARY", "INTERN",
            "VOLUNTEER", "PER_DIEM", "OTHER");
  }

  @Test
  void theSampleReadsBackEqualOnSharedFields() {
    JobPosting original = sample();
    JobPosting back = JobNorm.parse(JobPostingJsonLd.write(original)).posting();
    assertSameOnSharedFields(back, original);
  }

  @Test
  void theSampleReadsBackEqualExceptLocations() {
    JobPosting original = sample();
    JobPosting back = JobNorm.parse(JobPostingJsonLd.write(original)).posting();
    assertSameOnSharedFields(back, original.toBuilder().locations(back.locations()).build());
    assertThat(back.locations()).extracting(Location::raw)
        .containsExactly("Los Altos, CA, US", "Remote - US");
  }

  @ParameterizedTest
  @CsvSource({
    "linkedin, eaton-supply-chain-analyst",
    "linkedin, heidi-senior-software-engineer",
    "jsonld, indeed-senior-devops-engineer",
    "greenhouse, northwind-backend-engineer-with-pay",
    "lever, brightpath-data-engineer-with-salary",
    "ashby, harbor-job-board"
  })
  void fixturesReadBackEqualOnSharedFields(String source, String name) {
    ParseResult first = JobNorm.parse(Fixtures.get(source, name).text());
    for (JobPosting original : first.postings()) {
      JobPosting back = JobNorm.parse(JobPostingJsonLd.write(original)).posting();
      assertSameOnSharedFields(back, original);
    }
  }

  private static void assertSameOnSharedFields(JobPosting back, JobPosting original) {
    assertThat(back.source().format()).isEqualTo(SourceFormat.JSON_LD);
    assertThat(back.id()).isEqualTo(original.id());
    assertThat(back.source().url()).isEqualTo(original.source().url());
    assertThat(back.source().jobId()).isEqualTo(original.source().jobId());
    assertThat(back.title()).isEqualTo(original.title());
    assertThat(back.company()).isEqualTo(original.company());
    assertThat(back.locations()).extracting(Location::city, Location::region, Location::country,
            Location::remote)
        .isEqualTo(original.locations().stream()
            .map(l -> org.assertj.core.groups.Tuple.tuple(l.city(), l.region(), l.country(), l.remote()))
            .toList());
    if (original.workplaceType() == WorkplaceType.REMOTE) {
      assertThat(back.workplaceType()).isEqualTo(WorkplaceType.REMOTE);
    }
    assertThat(back.employmentType()).isEqualTo(original.employmentType());
    assertThat(back.postedAt()).isEqualTo(original.postedAt());
    assertThat(back.validThrough()).isEqualTo(original.validThrough());
    PayRange base = original.pay().stream().filter(r -> r.kind() == PayKind.BASE).findFirst()
        .orElse(null);
    if (base == null) {
      assertThat(back.pay()).isEmpty();
    } else {
      assertThat(back.pay()).isNotEmpty();
      PayRange r = back.pay().get(0);
      assertThat(r.min()).isEqualByComparingTo(base.min());
      assertThat(r.max()).isEqualByComparingTo(base.max());
      assertThat(r.currency()).isEqualTo(base.currency());
      assertThat(r.period()).isEqualTo(base.period());
    }
    assertThat(back.description()).isEqualTo(original.description());
  }
}
