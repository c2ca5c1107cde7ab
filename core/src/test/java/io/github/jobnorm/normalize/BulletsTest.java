package io.github.jobnorm.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** List markers opening a line, doubled markers and adversarial runs of them. */
class BulletsTest {
  private static final Duration LIMIT = Duration.ofSeconds(60);

  @Test
  void markersAreStrippedDoubledOrNot() {
    assertThat(Bullets.strip("- Build things")).isEqualTo("Build things");
    assertThat(Bullets.strip("- \u2022 Build things ")).isEqualTo("Build things");
    assertThat(Bullets.strip("12) 3. Build things")).isEqualTo("Build things");
    assertThat(Bullets.strip("\u2022Build things")).isEqualTo("Build things");
    // no bullets: bold, a rule, a hyphen glued to its word, a year
    assertThat(Bullets.strip("**Bold**")).isEqualTo("**Bold**");
    assertThat(Bullets.strip("--")).isEqualTo("--");
    assertThat(Bullets.strip("-Item")).isEqualTo("-Item");
    assertThat(Bullets.strip("2024. A year")).isEqualTo("2024. A year");
  }

  @Test
  void glyphsThatProseWritesSeparateNothing() {
    for (char c : "•·●▪◦○■➢►▶✓✔◆♦➤‣∙▫□◇⁃"
        .toCharArray()) {
      assertThat(Bullets.isSeparator(c)).as("%s", c).isTrue();
      assertThat(Bullets.endsGluedHeading(c)).as("%s", c).isTrue();
    }
    for (char c : "-*–—→".toCharArray()) {
      assertThat(Bullets.isGlyph(c)).as("%s", c).isTrue();
      assertThat(Bullets.isSeparator(c)).as("%s", c).isFalse();
    }
    // the range check that skips most characters skips no separator
    for (int c = Character.MIN_VALUE; c <= Character.MAX_VALUE; c++) {
      boolean expected = Bullets.isGlyph((char) c) && "-*\u2013\u2014\u2192".indexOf(c) < 0;
      assertThat(Bullets.isSeparator((char) c)).as("U+%04X", c).isEqualTo(expected);
    }
    // "Key Qualifications* Minimum of 7 years": glued to a heading, an asterisk is a bullet
    assertThat(Bullets.endsGluedHeading('*')).isTrue();
    assertThat(Bullets.endsGluedHeading('-')).isFalse();
    assertThat(Bullets.endsGluedHeading('–')).isFalse();
    assertThat(Bullets.endsGluedHeading('a')).isFalse();
  }

  @Test
  void aMillionGlyphsAreStrippedInOnePass() {
    String glyphs = "\u2022".repeat(1_000_000);
    assertThat(assertTimeoutPreemptively(LIMIT, () -> Bullets.strip(glyphs + " Build things")))
        .isEqualTo("Build things");
    assertThat(assertTimeoutPreemptively(LIMIT, () -> Bullets.strip(glyphs))).isEmpty();
    String dashes = "- ".repeat(500_000);
    assertThat(assertTimeoutPreemptively(LIMIT, () -> Bullets.strip(dashes + "Build things")))
        .isEqualTo("Build things");
    ProseItems prose = new ProseItems(ContentCues.get());
    assertThat(assertTimeoutPreemptively(LIMIT, () -> prose.sentences(glyphs + " Build the thing well.")))
        .containsExactly("Build the thing well.");
  }
}
