package io.github.jobnorm.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jobnorm.model.JobPosting;
import io.github.jobnorm.model.JobPostings;
import io.github.jobnorm.model.Source;
import io.github.jobnorm.model.SourceFormat;
import io.github.jobnorm.source.DescriptionFormat;
import io.github.jobnorm.source.RawPosting;
import io.github.jobnorm.testing.Postings;
import java.util.List;
import org.junit.jupiter.api.Test;

class PostingIdsTest {

  @Test
  void aSiteIsALowerCaseNameWithoutSpaces() {
    assertThat(PostingIds.site("LinkedIn")).isEqualTo("linkedin");
    assertThat(PostingIds.site(" indeed ")).isEqualTo("indeed");
    assertThat(PostingIds.site("example.com")).isEqualTo("example.com");
  }

  @Test
  void anUnderscoreInASiteBecomesAHyphen() {
    assertThat(PostingIds.site("zip_recruiter")).isEqualTo("zip-recruiter");
    assertThat(PostingIds.site("ZIP_RECRUITER")).isEqualTo("zip-recruiter");
  }

  @Test
  void aUrlGivenAsTheSiteGivesItsSite() {
    assertThat(PostingIds.site("https://www.linkedin.com/jobs/view/4104804862")).isEqualTo("linkedin");
  }

  @Test
  void aStrayCellIsNoSite() {
    assertThat(PostingIds.site("linkmin_salary://www.linkedin.com/the rolew/4104804862")).isNull();
    assertThat(PostingIds.site("the role")).isNull();
    assertThat(PostingIds.site("")).isNull();
    assertThat(PostingIds.site("a".repeat(101))).isNull();
    assertThat(PostingIds.site("_indeed")).isNull();
  }

  @Test
  void everySiteItAcceptsIsOneTheContractAccepts() {
    List<String> given = List.of("LinkedIn", " indeed ", "example.com", "zip_recruiter",
        "glass_door.co.uk", "a".repeat(100), "https://www.linkedin.com/jobs/view/4104804862",
        "https://boards.greenhouse.io/acme/jobs/123", "https://jobs.example.co.uk/a",
        "http://[::1]/job/1", "http://127.0.0.1:8080/job/1");
    for (String g : given) {
      String site = PostingIds.site(g);
      if (site == null) {
        continue;
      }
      JobPosting posting = Postings.full().toBuilder()
          .source(new Source(site, null, "1", SourceFormat.CSV_ROW, null)).build();
      assertThat(JobPostings.validate(posting)).as(g).isEmpty();
    }
    assertThat(PostingIds.site("http://[::1]/job/1")).isNull();
  }

  @Test
  void aJobSpyRowWithAnUnderscoredSiteKeepsItsSite() {
    RawPosting raw = RawPosting.builder(SourceFormat.CSV_ROW).site("zip_recruiter")
        .jobId("zr-123").title("Welder").description("Welds.", DescriptionFormat.TEXT).build();
    JobPosting p = Normalizer.normalize(raw, NormalizeContext.NONE);
    assertThat(p.source().site()).isEqualTo("zip-recruiter");
    assertThat(p.id()).isEqualTo("zip-recruiter:zr-123");
    assertThat(p.warnings()).noneMatch(w -> w.contains("source.site"));
  }

  @Test
  void theIdIsSiteAndJobIdWithoutWhitespace() {
    Source source = new Source("indeed", null, " 12 34\t56\n", SourceFormat.CSV_ROW, null);
    assertThat(PostingIds.id(source, "Welds.", "Welder", "Acme", List.of()))
        .isEqualTo("indeed:123456");
  }

  @Test
  void postingsWithoutDescriptionsOrJobIdsGetIdsFromTheirOtherFields() {
    Source source = Source.of(SourceFormat.CSV_ROW);
    String welder = PostingIds.id(source, " ", "Welder", "Acme", List.of("Leeds"));
    String painter = PostingIds.id(source, " ", "Painter", "Acme", List.of("Leeds"));
    assertThat(welder).matches("sha256:[0-9a-f]{16}");
    assertThat(painter).matches("sha256:[0-9a-f]{16}");
    assertThat(welder).isNotEqualTo(painter);
    assertThat(PostingIds.id(source, " ", "Welder", "Acme", List.of("Leeds"))).isEqualTo(welder);
  }
}
