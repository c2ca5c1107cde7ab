package io.github.jobnorm.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.jobnorm.internal.RuleLines;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The folded keys of companies and titles, every rule file example, and SimHash on big input. */
class JobKeysTest {

  @Test
  void everyLegalFormExampleLosesItsSuffix() {
    for (String[] row : RuleLines.read(JobKeys.class, "company-suffixes.tsv", 2)) {
      String key = JobKeys.company(row[1]);
      assertThat(key).as(row[1]).isNotNull().doesNotEndWith(" " + row[0]);
      assertThat(key.split(" ")).as(row[1]).isNotEmpty();
    }
    assertThat(JobKeys.company("Northwind Labs, Inc.")).isEqualTo("northwind labs");
    assertThat(JobKeys.company("Canva Pty Ltd")).isEqualTo("canva");
    assertThat(JobKeys.company("Procter & Gamble Co.")).isEqualTo("procter and gamble");
    assertThat(JobKeys.company("Société Générale S.A.")).isEqualTo("societe generale");
    assertThat(JobKeys.company("Inc.")).as("a name that is only a legal form").isEqualTo("inc");
    assertThat(JobKeys.company(" , ")).isNull();
  }

  @Test
  void everyTitleAbbreviationExampleIsWrittenOut() {
    for (String[] row : RuleLines.read(JobKeys.class, "title-words.tsv", 3)) {
      assertThat(JobKeys.title(row[2]).split(" ")).as(row[2]).contains(row[1])
          .doesNotContain(row[0]);
    }
    assertThat(JobKeys.title("Sr. Data Engineer (m/f/d)")).isEqualTo("senior data engineer m f d");
    assertThat(JobKeys.title("Senior Data Engineer")).isEqualTo("senior data engineer");
  }

  @Test
  void simHashIsLinearOnMegabytesOfAdversarialText() {
    String words = "data ".repeat(400_000) + "é\u0301".repeat(200_000) + "x-".repeat(500_000);
    SimHash.Fingerprint f = assertTimeoutPreemptively(Duration.ofSeconds(20),
        () -> SimHash.of(words));
    assertThat(f.words()).isGreaterThan(400_000);
    assertThat(SimHash.of("two words").hash()).isZero();
    assertThat(SimHash.distance(SimHash.of("a b c d e").hash(), SimHash.of("A, b; c d e!").hash()))
        .isZero();
  }
}
