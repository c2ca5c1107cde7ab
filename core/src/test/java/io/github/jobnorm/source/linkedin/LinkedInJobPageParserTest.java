package io.github.jobnorm.source.linkedin;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jobnorm.fixtures.Fixtures;
import io.github.jobnorm.model.SourceFormat;
import io.github.jobnorm.source.DescriptionFormat;
import io.github.jobnorm.source.InputDocument;
import io.github.jobnorm.source.RawPosting;
import io.github.jobnorm.source.SourceException;
import java.util.List;
import org.junit.jupiter.api.Test;

class LinkedInJobPageParserTest {
  private final LinkedInJobPageParser parser = new LinkedInJobPageParser();

  static RawPosting only(List<RawPosting> postings) {
    assertThat(postings).hasSize(1);
    return postings.get(0);
  }

  static InputDocument fixture(String source, String name) {
    return InputDocument.of(Fixtures.get(source, name).text());
  }

  @Test
  void readsTheHeidiGuestPage() throws SourceException {
    InputDocument doc = fixture("linkedin", "heidi-senior-software-engineer");
    assertThat(parser.supports(doc)).isTrue();
    RawPosting p = only(parser.parse(doc));
    assertThat(p.site()).isEqualTo("linkedin");
    assertThat(p.format()).isEqualTo(SourceFormat.HTML);
    assertThat(p.jobId()).isEqualTo("4411867124");
    assertThat(p.url()).isEqualTo("https://www.linkedin.com/jobs/view/4411867124");
    assertThat(p.title()).isEqualTo("Senior Software Engineer - Developer Experience");
    assertThat(p.company()).isEqualTo("Heidi");
    assertThat(p.companyUrl()).isEqualTo("https://au.linkedin.com/company/heidi");
    assertThat(p.locations()).containsExactly("Melbourne, Victoria, Australia");
    assertThat(p.postedAt()).isEqualTo("1 week ago");
    assertThat(p.applicants()).isEqualTo("196 applicants");
    assertThat(p.seniority()).isEqualTo("Mid-Senior level");
    assertThat(p.employmentTypes()).containsExactly("Full-time");
    assertThat(p.payTexts()).isEmpty();
    assertThat(p.pay()).isEmpty();
    assertThat(p.validThrough()).isNull();
    assertThat(p.descriptionFormat()).isEqualTo(DescriptionFormat.HTML);
    assertThat(p.description())
        .startsWith("<strong>Who We Are")
        .contains("Heidi is building an AI Care Partner")
        .doesNotContain("Platform Engineer")
        .doesNotContain("Show less");
    assertThat(p.warnings()).isEmpty();
  }

  @Test
  void readsTheEatonGuestPageWithExactDatesFromItsJsonLd() throws SourceException {
    RawPosting p = only(parser.parse(fixture("linkedin", "eaton-supply-chain-analyst")));
    assertThat(p.jobId()).isEqualTo("4288556033");
    assertThat(p.url()).isEqualTo("https://www.linkedin.com/jobs/view/4288556033");
    assertThat(p.title()).isEqualTo("Supply Chain Analyst");
    assertThat(p.company()).isEqualTo("Eaton");
    assertThat(p.companyUrl()).isEqualTo("https://ie.linkedin.com/company/eaton");
    assertThat(p.locations()).containsExactly("Mascot, New South Wales, Australia");
    assertThat(p.postedAt()).isEqualTo("2025-09-16T09:06:40.000Z");
    assertThat(p.validThrough()).isEqualTo("2025-10-24T11:12:36.000Z");
    assertThat(p.applicants()).isEqualTo("Over 200 applicants");
    assertThat(p.seniority()).isEqualTo("Entry level");
    assertThat(p.employmentTypes()).containsExactly("Full-time");
    assertThat(p.description())
        .contains("Key Duties")
        .contains("Manage the inbound supply of materials for a nominated portfolio.");
  }

  @Test
  void readsTheDescriptionOnlyFragment() throws SourceException {
    RawPosting p = only(parser.parse(fixture("linkedin", "wellness-coach-description-fragment")));
    assertThat(p.title()).isNull();
    assertThat(p.company()).isNull();
    assertThat(p.jobId()).isNull();
    assertThat(p.descriptionFormat()).isEqualTo(DescriptionFormat.HTML);
    assertThat(p.description())
        .contains("Key Responsibilities")
        .contains("Define and evolve the overall system architecture")
        .doesNotContain("Show more");
  }
}
