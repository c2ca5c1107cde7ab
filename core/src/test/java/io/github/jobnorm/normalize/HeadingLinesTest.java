package io.github.jobnorm.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which lines standing alone are headings. */
class HeadingLinesTest {
  private final HeadingLines lines = new HeadingLines(HeadingPhrases.get());

  @Test
  void aTitleListingWhatAListHeadingCoversIsAHeading() {
    // Kaggle 3884428983 and 3884430647
    assertThat(lines.isHeading("Desired Education, Knowledge, And Skills")).isTrue();
    assertThat(lines.isHeading("Required Knowledge, Skills And Experience")).isTrue();
    // commas in a title naming no kind, or in a sentence
    assertThat(lines.isHeading("Houston, Texas")).isFalse();
    assertThat(lines.isHeading("Skills, experience and a good attitude matter to us")).isFalse();
  }

  @Test
  void whatYouHaveHeadsRequirements() {
    assertThat(lines.isHeading("What You Have")).isTrue();
    assertThat(HeadingPhrases.get().classify("What You Have").name()).isEqualTo("QUALIFICATIONS");
  }
}
