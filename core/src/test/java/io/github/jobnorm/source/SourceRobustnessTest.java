package io.github.jobnorm.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.jobnorm.JobNorm;
import io.github.jobnorm.ParseFailure;
import io.github.jobnorm.ParseResult;
import io.github.jobnorm.fixtures.Fixtures;
import io.github.jobnorm.model.JobPosting;
import io.github.jobnorm.source.linkedin.LinkedInJobPageParser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * Damaged, hostile and huge inputs through the whole pipeline: each gives a posting or a typed
 * failure, never an exception and never an internal error.
 */
class SourceRobustnessTest {
  private static final Duration GENEROUS = Duration.ofMinutes(3);

  private static String heidi() {
    return Fixtures.get("linkedin", "heidi-senior-software-engineer").text();
  }

  private static ParseResult parse(String text) {
    return assertTimeoutPreemptively(GENEROUS, () -> JobNorm.parse(text));
  }

  private static void assertTypedFailureOrPosting(ParseResult r) {
    assertThat(r.failure() == null ? null : r.failure().reason())
        .isNotEqualTo(ParseFailure.Reason.INTERNAL_ERROR);
  }

  @Test
  void aLinkedInPageWithEveryOptionalBlockRemovedStillGivesItsPosting() {
    Document page = Jsoup.parse(heidi());
    page.select(".topcard__flavor-row, .description__job-criteria-list, .compensation__salary, "
        + "link[rel=canonical], meta[property=og:url], meta[property=lnkd:url], "
        + "#decoratedJobPostingId, "
        + "script[type=application/ld+json], .similar-jobs, .people-also-viewed").remove();
    ParseResult r = parse(page.outerHtml());
    assertThat(r.failure()).isNull();
    JobPosting p = r.posting();
    assertThat(p.title()).isEqualTo("Senior Software Engineer - Developer Experience");
    assertThat(p.source().site()).isEqualTo("linkedin");
    assertThat(p.source().jobId()).isNull();
    assertThat(p.id()).startsWith("sha256:");
    assertThat(p.applicants()).isNull();
    assertThat(p.postedAt()).isNull();
    assertThat(p.description()).contains("Heidi is building an AI Care Partner");
  }

  @Test
  void aLinkedInPageWithAnEmptyDescriptionGivesThePostingWithoutOne() {
    Document page = Jsoup.parse(heidi());
    page.select(".show-more-less-html__markup").forEach(e -> e.empty());
    ParseResult r = parse(page.outerHtml());
    assertThat(r.failure()).isNull();
    JobPosting p = r.posting();
    assertThat(p.id()).isEqualTo("linkedin:4411867124");
    assertThat(p.title()).isEqualTo("Senior Software Engineer - Developer Experience");
    assertThat(p.company().name()).isEqualTo("Heidi");
    assertThat(p.description()).isEmpty();
    assertThat(p.sections()).isEmpty();
  }

  @Test
  void theSignInWallIsABlockedPage() throws IOException {
    String wall;
    try (InputStream in = getClass().getResourceAsStream("linkedin/authwall.html")) {
      wall = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    ParseResult r = parse(wall);
    assertThat(r.failure().reason()).isEqualTo(ParseFailure.Reason.BLOCKED_PAGE);
    assertThat(r.failure().message()).contains("sign-in wall");
    assertThat(new LinkedInJobPageParser().supports(InputDocument.of(wall))).isTrue();
  }

  /** Detection and reading of a 30 MB page, the sources' part. */
  @Test
  void aThirtyMegabytePageIsDetectedAndReadWhole() {
    String big = thirtyMegabytePage();
    List<RawPosting> found = assertTimeoutPreemptively(GENEROUS,
        () -> SourceRegistry.standard().parse(InputDocument.of(big)));
    assertThat(found).hasSize(1);
    assertThat(found.get(0).jobId()).isEqualTo("4411867124");
    assertThat(found.get(0).description().length()).isGreaterThan(29_000_000);
  }

  /** The whole pipeline on the same page: the posting, with its header fields, and no exception. */
  @Test
  void aThirtyMegabytePageGivesItsPosting() {
    ParseResult r = parse(thirtyMegabytePage());
    assertTypedFailureOrPosting(r);
    JobPosting p = r.posting();
    assertThat(p.id()).isEqualTo("linkedin:4411867124");
    assertThat(p.title()).isEqualTo("Senior Software Engineer - Developer Experience");
    assertThat(p.company().name()).isEqualTo("Heidi");
    assertThat(p.description().length()).isGreaterThan(25_000_000);
  }

  private static String thirtyMegabytePage() {
    String page = heidi();
    int at = page.indexOf("<strong>Who We Are");
    StringBuilder big = new StringBuilder(31_000_000).append(page, 0, at);
    String paragraph = "<p>We ship developer tooling every week; 3+ years of experience with CI "
        + "and $120,000 budgets are not what this sentence means.</p>\n";
    while (big.length() < 30_000_000) {
      big.append(paragraph);
    }
    big.append(page, at, page.length());
    return big.toString();
  }

  @Test
  void aHundredThousandNestedDivsGiveATypedFailure() {
    String deep = "<html><body>" + "<div>".repeat(100_000) + "Hello" + "</div>".repeat(100_000)
        + "</body></html>";
    ParseResult r = parse(deep);
    assertThat(r.failure()).isNotNull();
    assertThat(r.failure().reason()).isEqualTo(ParseFailure.Reason.NOT_A_POSTING);
  }

  @Test
  void aDeeplyNestedLinkedInDescriptionStillParses() {
    String deep = "<html><body><h1 class=\"top-card-layout__title\">Cook</h1>"
        + "<div class=\"show-more-less-html__markup\">" + "<div>".repeat(100_000)
        + "Prepare meals for 200 guests a night." + "</div>".repeat(100_000) + "</div></body></html>";
    ParseResult r = parse(deep);
    assertTypedFailureOrPosting(r);
    assertThat(r.posting().title()).isEqualTo("Cook");
    assertThat(r.posting().description()).contains("Prepare meals for 200 guests a night.");
  }

  @Test
  void deeplyNestedJsonLdIsSkippedNotFatal() {
    String json = "[".repeat(5_000) + "]".repeat(5_000);
    String page = "<html><head><script type=\"application/ld+json\">" + json
        + "</script><script type=\"application/ld+json\">{\"@type\":\"JobPosting\",\"title\":\"Cook\","
        + "\"description\":\"Prepare meals for 200 guests a night; 2 years of kitchen experience.\"}"
        + "</script></head><body></body></html>";
    ParseResult r = parse(page);
    assertThat(r.failure()).isNull();
    assertThat(r.postings()).extracting(JobPosting::title).containsExactly("Cook");
  }
}
