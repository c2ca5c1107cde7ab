package io.github.jobnorm.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Every cue of {@code cues.tsv} matches its own example. */
class CuesTest {

  @Test
  void everyCueMatchesItsExample() {
    assertThat(Cues.all()).hasSizeGreaterThan(40);
    for (Cues.Cue cue : Cues.all()) {
      assertThat(cue.pattern().matcher(Fold.lowerSameLength(cue.example())).find())
          .as("%s %s: %s", cue.kind(), cue.value(), cue.example())
          .isTrue();
    }
  }

  @Test
  void everyTextCueExampleGivesItsValue() {
    for (Cues.Cue cue : Cues.all()) {
      String expected = cue.value();
      if (expected.startsWith("!")) {
        continue;
      }
      String actual = switch (cue.kind()) {
        case "workplace" -> WorkplaceTypes.fromText(cue.example()).orElseThrow().value().name();
        case "employment" -> EmploymentTypes.fromText(null, cue.example()).orElseThrow().value()
            .name();
        case "employment-title" -> EmploymentTypes.fromText(cue.example(), null).orElseThrow()
            .value().name();
        default -> Seniorities.fromTitle(cue.example()).orElseThrow().value().name();
      };
      assertThat(actual).as(cue.example()).isEqualTo(expected);
    }
  }

  @Test
  void everyVetoExampleCancelsRemote() {
    for (Cues.Cue cue : Cues.all()) {
      if (cue.value().equals("!REMOTE")) {
        assertThat(WorkplaceTypes.fromText(cue.example() + ". This is a remote position."))
            .as(cue.example())
            .isEmpty();
      }
    }
  }
}
