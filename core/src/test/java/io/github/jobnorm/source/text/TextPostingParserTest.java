package io.github.jobnorm.source.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jobnorm.ParseFailure;
import io.github.jobnorm.model.SourceFormat;
import io.github.jobnorm.source.DescriptionFormat;
import io.github.jobnorm.source.InputDocument;
import io.github.jobnorm.source.RawPosting;
import io.github.jobnorm.source.SourceException;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextPostingParserTest {
  private static final String BODY = "# About the job\nWe are hiring.\n";
  private final TextPostingParser parser = new TextPostingParser();

  private RawPosting parse(String text) throws SourceException {
    List<RawPosting> found = parser.parse(InputDocument.of(text));
    assertThat(found).hasSize(1);
    return found.get(0);
  }

  @Test
  void readsEveryHeaderInAnyOrderAndCase() throws Exception {
    RawPosting r = parse("""
        SALARY: $120,000 - $150,000 a year
        work type: Remote
        Title: Staff Engineer
        company: Acme Robotics

        LOCATION: Austin, TX
        Link: https://www.linkedin.com/jobs/view/staff-engineer-at-acme-3999999999?trk=abc
        Posted: 2 weeks ago
        Employment type: Full-time
        Seniority level: Mid-Senior level

        """ + BODY);
    assertThat(r.title()).isEqualTo("Staff Engineer");
    assertThat(r.company()).isEqualTo("Acme Robotics");
    assertThat(r.locations()).containsExactly("Austin, TX");
    assertThat(r.url()).isEqualTo(
        "https://www.linkedin.com/jobs/view/staff-engineer-at-acme-3999999999?trk=abc");
    assertThat(r.site()).isEqualTo("linkedin");
    assertThat(r.jobId()).isEqualTo("3999999999");
    assertThat(r.postedAt()).isEqualTo("2 weeks ago");
    assertThat(r.employmentTypes()).containsExactly("Full-time");
    assertThat(r.seniority()).isEqualTo("Mid-Senior level");
    assertThat(r.workplaceType()).isEqualTo("Remote");
    assertThat(r.payTexts()).containsExactly("$120,000 - $150,000 a year");
    assertThat(r.format()).isEqualTo(SourceFormat.TEXT);
    assertThat(r.descriptionFormat()).isEqualTo(DescriptionFormat.TEXT);
    assertThat(r.description()).isEqualTo("# About the job\nWe are hiring.");
  }

  @Test
  void readsTheOtherHeaderSpellings() throws Exception {
    RawPosting r = parse("""
        Job title: Nurse
        URL: https://www.linkedin.com/jobs/search/?currentJobId=4000000001
        Workplace type: On-site
        Pay: £30,000
        Job type: Part-time

        """ + BODY);
    assertThat(r.title()).isEqualTo("Nurse");
    assertThat(r.jobId()).isEqualTo("4000000001");
    assertThat(r.workplaceType()).isEqualTo("On-site");
    assertThat(r.payTexts()).containsExactly("£30,000");
    assertThat(r.employmentTypes()).containsExactly("Part-time");
  }

  @Test
  void readsTheReferencePostingsHeaders() throws Exception {
    RawPosting r = parse(io.github.jobnorm.fixtures.Fixtures
        .get("linkedin", "linkedin-4104804862").text());
    assertThat(r.locations()).containsExactly("US");
    assertThat(r.jobId()).isEqualTo("4104804862");
    assertThat(r.site()).isEqualTo("linkedin");
    assertThat(r.title()).isNull();
    assertThat(r.company()).isNull();
    assertThat(r.description()).startsWith("# About the job\nAt Toyota Research Institute")
        .endsWith("arrest and conviction records for employment.");
  }

  @Test
  void readsAHandCopiedLinkedInTopCard() throws Exception {
    RawPosting r = parse("""
        Research Scientist Intern
        Toyota Research Institute · Los Altos, CA · 2 weeks ago · 57 applicants
        $45/hr - $65/hr · Hybrid · Internship
        Easy Apply
        About the job
        At Toyota Research Institute (TRI), we're on a mission.
        """);
    assertThat(r.title()).isEqualTo("Research Scientist Intern");
    assertThat(r.company()).isEqualTo("Toyota Research Institute");
    assertThat(r.locations()).containsExactly("Los Altos, CA");
    assertThat(r.postedAt()).isEqualTo("2 weeks ago");
    assertThat(r.applicants()).isEqualTo("57 applicants");
    assertThat(r.payTexts()).containsExactly("$45/hr - $65/hr");
    assertThat(r.workplaceType()).isEqualTo("Hybrid");
    assertThat(r.employmentTypes()).containsExactly("Internship");
    assertThat(r.description())
        .isEqualTo("About the job\nAt Toyota Research Institute (TRI), we're on a mission.");
  }

  @Test
  void readsACardWithOtherSeparatorsAndNoInsightsLine() throws Exception {
    RawPosting r = parse("""
        Data Analyst
        Contoso • London, England, United Kingdom • Reposted 3 days ago • Over 200 applicants

        We are looking for a data analyst to join our team. You will build dashboards.
        """);
    assertThat(r.title()).isEqualTo("Data Analyst");
    assertThat(r.company()).isEqualTo("Contoso");
    assertThat(r.locations()).containsExactly("London, England, United Kingdom");
    assertThat(r.postedAt()).isEqualTo("3 days ago");
    assertThat(r.applicants()).isEqualTo("Over 200 applicants");
    assertThat(r.description()).startsWith("We are looking for a data analyst");
  }

  @Test
  void takesABodyThatReadsLikeAPostingWithoutHeaders() throws Exception {
    String body = "About the role. We are hiring a software engineer to join our platform team."
        + " Responsibilities include building services, reviewing code and mentoring others."
        + " Requirements: five years of experience with Java and a degree in computer science."
        + " Apply today.";
    RawPosting r = parse(body);
    assertThat(r.title()).isNull();
    assertThat(r.description()).isEqualTo(body);
  }

  @Test
  void refusesTextThatIsNotAPosting() {
    assertThatThrownBy(() -> parser.parse(InputDocument.of("hello world\nthis is a shopping list")))
        .isInstanceOfSatisfying(SourceException.class,
            e -> assertThat(e.reason()).isEqualTo(ParseFailure.Reason.NOT_A_POSTING));
  }

  @Test
  void leavesHtmlAndJsonToOtherParsers() {
    assertThat(parser.supports(InputDocument.of("  <html><body>x</body></html>"))).isFalse();
    assertThat(parser.supports(InputDocument.of("{\"title\": \"x\"}"))).isFalse();
    assertThat(parser.supports(InputDocument.of("Title: x"))).isTrue();
  }
}
