package io.github.jobnorm.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.jobnorm.source.DescriptionFormat;
import java.time.Duration;
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
  void aHugeHtmlListAndUnclosedTags() {
    String html = "<p><strong>Requirements</strong></p><ul>"
        + repeat("<li>Experience with <b>Kafka</b> &amp; Kubernetes&nbsp;in production<li>", 5_000_000);
    SplitResult r = assertTimeoutPreemptively(LIMIT, () -> SectionSplitter.split(html, DescriptionFormat.HTML));
    assertThat(r.warnings()).isEmpty();
    assertThat(r.qualifications().required()).isNotEmpty();
  }

  private static String repeat(String chunk, int size) {
    return chunk.repeat(size / chunk.length() + 1);
  }
}
