package io.github.jobnorm.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/** Every cue of {@code cues.tsv} matches its own example; the windowed scan misses nothing. */
class CuesTest {

  @Test
  void everyMatchOfAnExampleHoldsAnAnchorWithinTheWindow() {
    for (Cues.Cue cue : Cues.all()) {
      if (cue.anchors().isEmpty()) {
        continue;
      }
      Matcher m = cue.pattern().matcher(Fold.lowerSameLength(cue.example()));
      assertThat(m.find()).isTrue();
      String match = m.group();
      assertThat(cue.anchors()).as("%s %s: %s", cue.role(), cue.type(), match).anyMatch(match::contains);
      assertThat(match.length()).isLessThan(Cues.WINDOW);
    }
  }

  @Test
  void windowsAroundAnchorsMergeWhereTheyOverlap() {
    String text = "x".repeat(300) + "remote" + "x".repeat(50) + "hybrid" + "x".repeat(400);
    assertThat(Cues.windows(text, List.of("remote", "hybrid")))
        .containsExactly(200, 462);
    assertThat(Cues.windows("no anchor here", List.of("remote"))).isEmpty();
  }

  @Test
  void theWindowedScanFindsWhatAWholeScanFindsOnTheCorpus() {
    int texts = 0;
    int hits = 0;
    for (String file : new String[] {"kaggle-linkedin-postings-koriralex/postings_head1000.csv",
        "linkedin-us-cs-dinozeyu/linkedin_jobs.csv", "linkedin-uk-faisalfehad/linkedin_jobs.csv"}) {
      for (Map<String, String> row : CorpusRows.csv(file)) {
        String d = row.getOrDefault("description", row.getOrDefault("Description", ""));
        if (d == null || d.isEmpty()) {
          continue;
        }
        texts++;
        for (String kind : List.of("workplace", "employment")) {
          List<Cues.Hit> whole = Cues.scan(kind, d, true);
          assertThat(Cues.scan(kind, d)).as("%s in %s", kind, file).isEqualTo(whole);
          hits += whole.size();
        }
      }
    }
    assertThat(texts).isGreaterThan(1500);
    assertThat(hits).isGreaterThan(300);
  }

  @Test
  void everyCueMatchesItsExample() {
    assertThat(Cues.all()).hasSizeGreaterThan(40);
    for (Cues.Cue cue : Cues.all()) {
      assertThat(cue.pattern().matcher(Fold.lowerSameLength(cue.example())).find())
          .as("%s %s %s: %s", cue.kind(), cue.role(), cue.type(), cue.example())
          .isTrue();
    }
  }

  @Test
  void everyTextCueExampleGivesItsValue() {
    for (Cues.Cue cue : Cues.all()) {
      if (cue.role() != Cues.Role.STATE) {
        continue;
      }
      String expected = cue.type();
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
  void everySilencingExampleHoldsACueThatItCancels() {
    int silencing = 0;
    for (Cues.Cue cue : Cues.all()) {
      if (cue.role() != Cues.Role.SILENCE) {
        continue;
      }
      silencing++;
      String lower = Fold.lowerSameLength(cue.example());
      assertThat(Cues.ofKind(cue.kind()))
          .as("a cue of %s in '%s'", cue.kind(), cue.example())
          .anyMatch(c -> c.role() == Cues.Role.STATE && c.pattern().matcher(lower).find());
      assertThat(Cues.scan(cue.kind(), cue.example())).as(cue.example()).isEmpty();
    }
    assertThat(silencing).isEqualTo(7);
  }

  @Test
  void anOptionStatesNothingAndBesideAnotherTypeLeavesItOpen() {
    int options = 0;
    for (Cues.Cue cue : Cues.all()) {
      if (cue.role() == Cues.Role.OPTION) {
        options++;
        assertThat(WorkplaceTypes.fromText(cue.example())).as(cue.example()).isEmpty();
        assertThat(WorkplaceTypes.fromText("This is a hybrid role. " + cue.example()))
            .as(cue.example()).isEmpty();
        // an option of the type stated elsewhere leaves it stated
        assertThat(WorkplaceTypes.fromText("This is a fully remote role. " + cue.example()))
            .as(cue.example()).map(f -> f.value().name()).hasValue("REMOTE");
      }
    }
    assertThat(options).isEqualTo(1);
    // The option's words overlap a cue stating remote ("remote opportunity"): the option's
    // silencing hit drops it, and no other type is beside it.
    assertThat(Cues.ofKind("workplace"))
        .anyMatch(c -> c.role() == Cues.Role.STATE && c.type().equals("REMOTE")
            && c.pattern().matcher("a remote opportunity may be considered.").find());
    assertThat(WorkplaceTypes.fromText("A remote opportunity may be considered.")).isEmpty();
    // The GHD posting of the aggregator file: a company-wide hybrid model, and a remote option.
    assertThat(WorkplaceTypes.fromText("Our workplace thrives on a hybrid model, combining"
        + " in-office collaboration and flexibility. Join us in the office or at a project site"
        + " three days a week. Remote options may be available based on location of the"
        + " applicant.")).isEmpty();
    // Remote days within a hybrid week are no option of another type.
    assertThat(WorkplaceTypes.fromText("This hybrid position is expected in the office two days"
        + " per week, with the option to work remotely up to three days per week."))
        .map(f -> f.value().name()).hasValue("HYBRID");
  }

  @Test
  void everyVetoExampleCancelsRemote() {
    for (Cues.Cue cue : Cues.all()) {
      if (cue.role() == Cues.Role.VETO && cue.type().equals("REMOTE")) {
        assertThat(WorkplaceTypes.fromText(cue.example() + ". This is a remote position."))
            .as(cue.example())
            .isEmpty();
      }
    }
  }
}
