package io.github.jobnorm.source.table;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jobnorm.model.SourceFormat;
import io.github.jobnorm.source.DescriptionFormat;
import io.github.jobnorm.source.RawPay;
import io.github.jobnorm.source.RawPosting;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class RowMappingTest {
  private static final List<String> KAGGLE = List.of("job_id", "company_name", "title",
      "description", "max_salary", "pay_period", "location", "med_salary", "min_salary",
      "formatted_work_type", "remote_allowed", "job_posting_url", "formatted_experience_level",
      "listed_time", "expiry", "currency", "applies");

  private static RawPosting map(List<String> header, String... cells) {
    return RowMapping.toRaw(TableColumns.standard().match(header), List.of(cells));
  }

  @Test
  void aKaggleRowKeepsItsStructuredColumns() {
    // postings_head1000.csv, job_id 1829192 (description shortened)
    RawPosting raw = map(KAGGLE, "1829192", "", "Mental Health Therapist/Counselor",
        "At Aspen Therapy and Wellness , we are committed to serving clients", "50.0", "HOURLY",
        "Fort Collins, CO", "", "30.0", "Full-time", "", 
        "https://www.linkedin.com/jobs/view/1829192/?trk=jobs_biz_prem_srch", "",
        "1712857887000.0", "1715449887000.0", "USD", "");
    assertThat(raw.format()).isEqualTo(SourceFormat.CSV_ROW);
    assertThat(raw.site()).isEqualTo("linkedin");
    assertThat(raw.jobId()).isEqualTo("1829192");
    assertThat(raw.company()).isNull();
    assertThat(raw.locations()).containsExactly("Fort Collins, CO");
    assertThat(raw.pay()).containsExactly(new RawPay(new BigDecimal("30.0"),
        new BigDecimal("50.0"), "USD", "HOURLY", "30.0-50.0 USD HOURLY"));
    assertThat(raw.employmentTypes()).containsExactly("Full-time");
    assertThat(raw.postedAt()).isEqualTo("2024-04-11");
    assertThat(raw.validThrough()).isEqualTo("2024-05-11");
    assertThat(raw.remote()).isNull();
    assertThat(raw.descriptionFormat()).isEqualTo(DescriptionFormat.TEXT);
  }

  @Test
  void aMedianAloneIsASingleFigureAndRemoteAllowedIsAFlag() {
    RawPosting raw = map(KAGGLE, "3884428798", "Gerson Lehrman Group", "Senior Data Engineer",
        "Build pipelines.", "", "YEARLY", "United States", "115000.0", "", "Full-time", "1.0",
        "", "Mid-Senior level", "", "", "USD", "5.0");
    assertThat(raw.pay()).containsExactly(new RawPay(new BigDecimal("115000.0"),
        new BigDecimal("115000.0"), "USD", "YEARLY", "115000.0 USD YEARLY"));
    assertThat(raw.remote()).isTrue();
    assertThat(raw.seniority()).isEqualTo("Mid-Senior level");
    assertThat(raw.applicants()).isEqualTo("5");
    assertThat(raw.site()).isNull();
  }

  @Test
  void jobSpyIdsLoseTheirSitePrefixOnlyForTheirOwnSite() throws IOException {
    try (InputStream in = RowMapping.class.getResourceAsStream("jobspy-id-prefixes.txt")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] p = line.strip().split("\\s+");
        assertThat(RowMapping.jobId(p[2], p[1])).isEqualTo(p[2].substring(p[0].length() + 1));
      }
    }
    assertThat(RowMapping.jobId("li-4201606814", "indeed")).isEqualTo("li-4201606814");
    assertThat(RowMapping.jobId("in-ffd94d6e0bd5d98c", null)).isEqualTo("in-ffd94d6e0bd5d98c");
    assertThat(RowMapping.jobId("921716.0", null)).isEqualTo("921716");
  }

  @Test
  void aJobSpyRowGivesLabelsAsWritten() {
    // jobspy-france-henrichevreux/jobs.csv, the first Indeed row (description shortened)
    RawPosting raw = map(List.of("id", "site", "job_url", "title", "company", "location",
            "date_posted", "job_type", "is_remote", "description"),
        "in-ffd94d6e0bd5d98c", "indeed", "https://fr.indeed.com/viewjob?jk=ffd94d6e0bd5d98c",
        "AI ENGINEER - INGENIEUR IA H/F", "Pro'G Traiteur", "Moissy-Cramayel, A8, FR",
        "2025-07-18", "fulltime, parttime", "False",
        "Vous êtes passionné(e) par l’intelligence artificielle");
    assertThat(raw.site()).isEqualTo("indeed");
    assertThat(raw.jobId()).isEqualTo("ffd94d6e0bd5d98c");
    assertThat(raw.employmentTypes()).containsExactly("fulltime", "parttime");
    assertThat(raw.remote()).isFalse();
    assertThat(raw.postedAt()).isEqualTo("2025-07-18");
  }

  @Test
  void payThatIsNotANumberIsKeptAsText() {
    RawPosting raw = map(List.of("title", "min_amount", "max_amount", "interval"),
        "Nurse", "$45k", "$60k", "yearly");
    assertThat(raw.pay()).isEmpty();
    assertThat(raw.payTexts()).containsExactly("$45k-$60k yearly");
  }

  @Test
  void payFiguresAreReadAsStructuredSourcesReadThem() {
    RawPosting raw = map(List.of("title", "min_amount", "max_amount", "interval"),
        "Nurse", "45,000", "60,000.50", "yearly");
    assertThat(raw.pay()).containsExactly(new RawPay(new BigDecimal("45000"),
        new BigDecimal("60000.50"), null, "yearly", "45,000-60,000.50 yearly"));
    // A negative figure is no pay a table means; the pay parser gets it as text.
    RawPosting negative = map(List.of("title", "min_amount", "max_amount", "interval"),
        "Nurse", "-5", "10", "hourly");
    assertThat(negative.pay()).isEmpty();
    assertThat(negative.payTexts()).containsExactly("-5-10 hourly");
  }

  @Test
  void aRemoteColumnThatIsNotAFlagIsTheWorkplaceLabel() {
    RawPosting raw = map(List.of("title", "remote"), "Nurse", "Hybrid");
    assertThat(raw.remote()).isNull();
    assertThat(raw.workplaceType()).isEqualTo("Hybrid");
  }

  @Test
  void anHtmlDescriptionIsReadAsHtmlAndPlainTextAsText() {
    // what counts as markup is Markup.looksLikeMarkup's, tested in MarkupTest
    RawPosting html = map(List.of("title", "description"), "Nurse", "<p>Care for patients</p>");
    assertThat(html.descriptionFormat()).isEqualTo(DescriptionFormat.HTML);
    RawPosting text = map(List.of("title", "description"), "Dev", "Use <T> generics and List<String>");
    assertThat(text.descriptionFormat()).isEqualTo(DescriptionFormat.TEXT);
  }

  @Test
  void epochTimesBecomeUtcDatesAndOtherDatesStayAsWritten() {
    assertThat(RowMapping.date("1712857887000.0")).isEqualTo("2024-04-11");
    assertThat(RowMapping.date("1712857887")).isEqualTo("2024-04-11");
    assertThat(RowMapping.date("2 weeks ago")).isEqualTo("2 weeks ago");
    assertThat(RowMapping.date("2024")).isEqualTo("2024");
  }
}
