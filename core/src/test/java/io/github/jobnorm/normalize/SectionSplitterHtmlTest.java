package io.github.jobnorm.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jobnorm.model.Section;
import io.github.jobnorm.model.SectionKind;
import io.github.jobnorm.source.DescriptionFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The HTML reader: headings, emphasis-only lines, lists, br runs, entities and invisible characters. */
class SectionSplitterHtmlTest {

  private static SplitResult html(String s) {
    return SectionSplitter.split(s, DescriptionFormat.HTML);
  }

  @Test
  void aSplitThatFailsKeepsTheTextThePageShowsWithAWarning() {
    SplitResult r = SectionSplitter.split(
        "<h3>Requirements</h3><ul><li>Java &amp; SQL</li></ul><script>track()</script>",
        DescriptionFormat.HTML,
        (description, format) -> {
          throw new StackOverflowError();
        });
    assertThat(r.sections()).containsExactly(
        new Section(null, SectionKind.OTHER, "Requirements Java & SQL", List.of()));
    assertThat(r.description()).isEqualTo("Requirements Java & SQL");
    assertThat(r.warnings()).containsExactly("description could not be split into sections (StackOverflowError)");

    SplitResult text = SectionSplitter.split(
        "Requirements:\n- Java\u00A0and\u200B SQL\n",
        DescriptionFormat.TEXT,
        (description, format) -> {
          throw new IllegalStateException();
        });
    assertThat(text.sections()).containsExactly(
        new Section(null, SectionKind.OTHER, "Requirements:\n- Java and SQL", List.of()));
    assertThat(text.warnings()).containsExactly("description could not be split into sections (IllegalStateException)");
  }

  @Test
  void headingsBoldLinesAndNestedLists() {
    SplitResult r = html("<h3>What you&#39;ll do</h3><ul><li>Build APIs<ul><li>REST</li><li>gRPC</li></ul></li>"
        + "<li>Run&nbsp;them</li></ul><p><b>Nice to have:</b></p><ol><li>Go is a plus</li></ol>");
    assertThat(r.responsibilities()).containsExactly("Build APIs", "REST", "gRPC", "Run them");
    assertThat(r.qualifications().preferred()).containsExactly("Go is a plus");
    assertThat(r.sections().get(1).heading()).isEqualTo("Nice to have");
  }

  @Test
  void requirementsWithAnOptionalPartOrANarrowingClause() {
    SplitResult r = html("<h3>Requirements</h3><ul><li>Fluent English; French is a plus.</li>"
        + "<li>2+ years in customer support, ideally for software.</li><li>Ideally you know Rust</li>"
        + "<li>Experience with React, Vue, or Angular is a plus</li></ul>");
    assertThat(r.qualifications().required())
        .containsExactly("Fluent English", "2+ years in customer support, ideally for software.");
    assertThat(r.qualifications().preferred())
        .containsExactly("French is a plus.", "Ideally you know Rust", "Experience with React, Vue, or Angular is a plus");
    // the section keeps the item as the posting wrote it
    assertThat(r.sections().get(0).items()).contains("Fluent English; French is a plus.");
  }

  @Test
  void markedItemsAreCutOnlyIntoItemsOfSeveralWords() {
    SplitResult r = html("<h3>Requirements</h3><ul><li>Experience building CI/CD, gitOps, monorepo</li>"
        + "<li>Shipped iOS and macOS apps</li></ul>");
    assertThat(r.qualifications().required())
        .containsExactly("Experience building CI/CD, gitOps, monorepo", "Shipped iOS and macOS apps");
  }

  @Test
  void aShortTitleCaseQuestionIsAHeadingAndAProseQuestionIsNot() {
    SplitResult r = html("<p><b>Why Join Us?</b></p><ul><li>Paid parental leave</li></ul>"
        + "<p>Ready to lead with your expertise and save trees along the way?</p>");
    assertThat(r.sections().get(0).heading()).isEqualTo("Why Join Us?");
    assertThat(r.description()).startsWith("Why Join Us?\n\n").doesNotContain("?:");
  }

  @Test
  void brRunsWithBulletGlyphsAndInvisibleCharacters() {
    SplitResult r = html("<p><u>Requirements</u><br>• Five\u00AD years of Java<br>• Strong\u200B SQL<br>· English</p>");
    assertThat(r.sections().get(0).kind()).isEqualTo(SectionKind.QUALIFICATIONS);
    assertThat(r.qualifications().required()).containsExactly("Five years of Java", "Strong SQL", "English");
  }

  @Test
  void linkedInShowMoreButtonsAreDropped() {
    SplitResult r = html("<section class=\"show-more-less-html\"><div class=\"show-more-less-html__markup\">"
        + "<strong>Benefits</strong><ul><li>Pension</li></ul></div><button class=\"show-more-less-html__button"
        + " show-more-less-html__button--more\">Show more</button><button class=\"show-more-less-html__button\">"
        + "Show less</button></section>");
    assertThat(r.benefits()).containsExactly("Pension");
    assertThat(r.description()).doesNotContain("Show");
  }

  @Test
  void benefitsComeFromBenefitSectionsNotFromTheEeoNotice() {
    SplitResult r = SectionSplitter.split(
        "Benefits:\n- Health insurance\n- 401(k)\n\nWe are an equal opportunity employer and offer benefits to all"
            + " without regard to race.", DescriptionFormat.TEXT);
    assertThat(r.benefits()).containsExactly("Health insurance", "401(k)");
    assertThat(r.sections().get(1).kind()).isEqualTo(SectionKind.EEO);
  }

  @Test
  void fusedHeadingsAndBulletsInTextWithoutNewlines() {
    SplitResult r = SectionSplitter.split(
        "A leading firm is hiring.Who you are:You must be organized.Responsibilities:Plan the budgetTrack"
            + " deadlinesCommunicate with agentsQualifications:Degree in financeExperience with Excel is a plus",
        DescriptionFormat.TEXT);
    assertThat(r.sections()).extracting(s -> s.heading())
        .containsExactly(null, "Who you are", "Responsibilities", "Qualifications");
    assertThat(r.responsibilities()).containsExactly("Plan the budget", "Track deadlines", "Communicate with agents");
    // a single short line under a qualifications heading is one qualification
    assertThat(r.qualifications().required()).containsExactly("You must be organized.", "Degree in finance");
    assertThat(r.qualifications().preferred()).containsExactly("Experience with Excel is a plus");
  }
}
