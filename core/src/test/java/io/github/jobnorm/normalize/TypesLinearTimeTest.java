package io.github.jobnorm.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The interpreters that scan posting text stay linear on multi-megabyte adversarial input: long
 * runs of the characters their expressions repeat over, and near-misses of every cue.
 */
class TypesLinearTimeTest {
  /** Generous: on a busy machine a linear scan of 2 MB takes seconds, a backtracking one hours. */
  private static final Duration LIMIT = Duration.ofSeconds(60);
  private static final Instant REF = Instant.parse("2025-03-15T10:00:00Z");

  /**
   * About 2 MB each, made of fragments that start many matches and complete none: digits and
   * separators, cue words without their nouns, relative-date words without units.
   */
  static List<String> adversarialTexts() {
    return List.of(
        ("1 12/12/ 3+ years 3-5 - ( at least minimum of 30 June " + "a".repeat(40) + " ")
            .repeat(20_000),
        "remote hybrid in office 3 is a is an be on-site full-time part ".repeat(32_000),
        "apply by closing date: vor il y a 3 ago \n".repeat(50_000),
        // every cue silenced by a choice around it
        "This is a full-time or part-time role. ".repeat(50_000));
  }

  @Test
  void everyTextScanIsLinear() {
    for (String text : adversarialTexts()) {
      assertTimeoutPreemptively(LIMIT, () -> {
        WorkplaceTypes.fromText(text);
        EmploymentTypes.fromText(text, text);
        Seniorities.fromTitle(text);
        ExperienceParser.find(text);
        DateParser.findDeadline(text, REF);
        DateParser.parse(text, REF);
        DateParser.isRelative(text);
      }, () -> "too slow on input starting " + text.substring(0, 30));
    }
  }

  @Test
  void everyCueIsLinearOnItsOwnExampleRepeated() {
    for (Cues.Cue cue : Cues.all()) {
      String text =
          Fold.lowerSameLength(cue.example() + " ").repeat(1_000_000 / (cue.example().length() + 1));
      String broken = text.replace(' ', '-');
      assertTimeoutPreemptively(LIMIT, () -> {
        int n = 0;
        for (var m = cue.pattern().matcher(text); m.find(); ) {
          n++;
        }
        assertThat(n).isPositive();
        cue.pattern().matcher(broken).find();
      }, cue::example);
    }
  }
}
