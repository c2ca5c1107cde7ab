package io.github.jobnorm.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.jobnorm.model.Section;
import io.github.jobnorm.model.SectionKind;
import io.github.jobnorm.source.DescriptionFormat;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Adversarial sizes: the splitter's scans are linear, so huge descriptions finish in seconds. */
class SectionSplitterLinearityTest {
  private static final Duration LIMIT = Duration.ofSeconds(60);

  @Test
  void twentyMegabytesOfListItems() {
    String text = "Responsibilities:\n" + repeat("- Develop and maintain scalable services for the payments"
        + " platform, with tests, reviews and monitoring; work with product, design and data teams to ship"
        + " features every single week\n", 20_000_000);
    SplitResult r = assertTimeoutPreemptively(LIMIT, () -> SectionSplitter.split(text, DescriptionFormat.TEXT));
    assertThat(r.warnings()).isEmpty();
    assertThat(r.responsibilities()).hasSizeGreaterThan(100_000);
  }

  @Test
  void twentyMegabytesWithoutANewline() {
    String text = repeat("Qualifications:Experience with Java and SQLStrong communication skills.Who you are:A"
        + " builderResponsibilitiesBuild things, ship things; own things (and more) • then repeat • ", 20_000_000);
    SplitResult r = assertTimeoutPreemptively(LIMIT, () -> SectionSplitter.split(text, DescriptionFormat.TEXT));
    assertThat(r.warnings()).isEmpty();
    assertThat(r.sections()).isNotEmpty();
  }

  @Test
  void fiveMegabytesOfIdealCandidateSentences() {
    // every sentence opens with "The ideal candidate will": each is read a bounded length only
    String text = "Job summary:\n" + repeat("The ideal candidate will have experience with Java. The ideal "
        + "candidate will also possess ", 5_000_000);
    SplitResult r = assertTimeoutPreemptively(LIMIT, () -> SectionSplitter.split(text, DescriptionFormat.TEXT));
    assertThat(r.warnings()).isEmpty();
    // the unfinished sentence runs into the next one; repeats are one entry each
    assertThat(r.qualifications().required()).containsExactly("The ideal candidate will have experience with Java.",
        "The ideal candidate will also possess The ideal candidate will have experience with Java.");
  }

  @Test
  void aHugeHtmlListAndUnclosedTags() {
    String html = "<p><strong>Requirements</strong></p><ul>"
        + repeat("<li>Experience with <b>Kafka</b> &amp; Kubernetes&nbsp;in production<li>", 5_000_000);
    SplitResult r = assertTimeoutPreemptively(LIMIT, () -> SectionSplitter.split(html, DescriptionFormat.HTML));
    assertThat(r.warnings()).isEmpty();
    assertThat(r.qualifications().required()).isNotEmpty();
  }

  @Test
  void aLineOfOneHundredThousandInlineBullets() {
    String text = "The successful candidate will meet the following qualifications:"
        + " • A minimum of a Bachelor's degree in Engineering or related field is required.".repeat(100_000);
    SplitResult r = assertTimeoutPreemptively(LIMIT, () -> SectionSplitter.split(text, DescriptionFormat.TEXT));
    assertThat(r.warnings()).isEmpty();
    assertThat(r.sections()).extracting(Section::heading, Section::kind).containsExactly(
        tuple("The successful candidate will meet the following qualifications", SectionKind.QUALIFICATIONS));
    assertThat(r.qualifications().required()).hasSize(100_000)
        .allMatch("A minimum of a Bachelor's degree in Engineering or related field is required."::equals);
    assertThat(r.qualifications().preferred()).isEmpty();
  }

  @Test
  void aMillionGlyphsWithoutSpaces() {
    // no glyph is followed by a space: nothing separates items on the line
    String glyphs = "•".repeat(1_000_000);
    assertThat(assertTimeoutPreemptively(LIMIT, () -> InlineBullets.holdsList(glyphs))).isFalse();
    assertThat(assertTimeoutPreemptively(LIMIT, () -> InlineBullets.split(glyphs))).containsExactly(glyphs);
    SplitResult r = assertTimeoutPreemptively(LIMIT,
        () -> SectionSplitter.split("Requirements:\n" + glyphs, DescriptionFormat.TEXT));
    assertThat(r.warnings()).isEmpty();
    assertThat(r.sections()).extracting(Section::heading, Section::kind, Section::items)
        .containsExactly(tuple("Requirements", SectionKind.QUALIFICATIONS, List.of()));
    assertThat(r.qualifications().required()).isEmpty();
    // glued to words, under a list heading, the same glyphs cut the items apart
    SplitResult glued = assertTimeoutPreemptively(LIMIT,
        () -> SectionSplitter.split("Requirements:\n" + "SQL•".repeat(1_000_000), DescriptionFormat.TEXT));
    assertThat(glued.warnings()).isEmpty();
    assertThat(glued.sections()).extracting(Section::heading, Section::kind)
        .containsExactly(tuple("Requirements", SectionKind.QUALIFICATIONS));
    assertThat(glued.qualifications().required()).hasSize(1_000_000).allMatch("SQL"::equals);
    assertThat(glued.qualifications().preferred()).isEmpty();
  }

  @Test
  void eightyThousandDutySentencesInARoleSummary() {
    // no duties section: the summary's sentences that state duties are the responsibilities, each
    // once and in order; every sentence is there twice
    StringBuilder once = new StringBuilder();
    for (int i = 0; i < 80_000; i++) {
      once.append("You will build service ").append(i).append(". ");
    }
    String text = once.toString() + once;
    SplitResult r = assertTimeoutPreemptively(LIMIT, () -> SectionSplitter.split(text, DescriptionFormat.TEXT));
    assertThat(r.warnings()).isEmpty();
    assertThat(r.responsibilities()).hasSize(80_000);
    assertThat(r.responsibilities().get(0)).isEqualTo("You will build service 0.");
    assertThat(r.responsibilities().get(79_999)).isEqualTo("You will build service 79999.");
  }

  @Test
  void runsOfDutyAndRequirementSentencesWithoutAHeading() {
    // the section is split into sentences once, and each reading passes over them once: a run
    // of 400,000 sentences stays linear
    String text = "Provides support to end users. Must be able to lift 50 pounds. ".repeat(200_000)
        + "Identifies technical problems. Resolves their issues. Experience with SQL. Knowledge of Excel. ";
    SplitResult r = assertTimeoutPreemptively(LIMIT, () -> SectionSplitter.split(text, DescriptionFormat.TEXT));
    assertThat(r.warnings()).isEmpty();
    assertThat(r.responsibilities()).containsExactly("Identifies technical problems.", "Resolves their issues.");
    assertThat(r.qualifications().required()).containsExactly("Experience with SQL.", "Knowledge of Excel.");
    // one sentence of 4 MB that opens with a duty verb and addresses nobody
    String one = "Provides " + "support ".repeat(500_000);
    SplitResult long1 = assertTimeoutPreemptively(LIMIT, () -> SectionSplitter.split(one + ". " + one, DescriptionFormat.TEXT));
    assertThat(long1.responsibilities()).hasSize(2).allMatch(d -> d.startsWith("Provides support support"));
  }

  private static String repeat(String chunk, int size) {
    return chunk.repeat(size / chunk.length() + 1);
  }
}
