package io.github.jobnorm.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The clean-up of description text: invisible characters, spaces and line breaks. */
class TextCleanTest {

  @Test
  void cleanKeepsLineBreaksAndCollapsesSpaces() {
    assertThat(TextClean.clean("  Build\u00A0\u00A0APIs \r\n\r\n\u2003Ship\u200B it\t\r")).isEqualTo("Build APIs\n\nShip it\n");
  }

  @Test
  void oneLineTurnsEveryBreakAndSpaceIntoOneSpace() {
    assertThat(TextClean.oneLine(" \u00A0Build\r\n\n  APIs\u2028and\u3000\u200B ship\u00ADping \t")).isEqualTo("Build APIs and shipping");
    assertThat(TextClean.oneLine("Kafka\u200B\u00AD\uFEFFStreams")).isEqualTo("KafkaStreams");
    assertThat(TextClean.oneLine(" \n\u200B\u00A0 ")).isEmpty();
    assertThat(TextClean.oneLine("one line")).isEqualTo("one line");
  }
}
