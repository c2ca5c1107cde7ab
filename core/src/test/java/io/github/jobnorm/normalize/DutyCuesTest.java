package io.github.jobnorm.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jobnorm.model.SectionKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How an item is read as a duty: its first word, past an adverb, a label or a letter marker. */
class DutyCuesTest {
  private final ContentCues cues = ContentCues.get();

  @Test
  void aDutyVerbOpensADutyInAnyForm() {
    assertThat(cues.isDuty("Adhere to company policies")).isTrue();
    assertThat(cues.isDuty("Initiates and conducts investigations")).isTrue();
    assertThat(cues.isDuty("Utilizing CRM tools")).isTrue();
    assertThat(cues.isDuty("Excellent communication skills")).isFalse();
  }

  @Test
  void anAdverbBeforeTheVerbIsPassedOver() {
    assertThat(cues.isDuty("Actively participate in team meetings")).isTrue();
    assertThat(cues.isDuty("Proactively identify risks")).isTrue();
    // not every word ending in "ly" is an adverb before a verb
    assertThat(cues.isDuty("Independently motivated and organized.")).isFalse();
    assertThat(cues.isDuty("Daily standups with the team")).isFalse();
  }

  @Test
  void aShortLabelBeforeAColonIsPassedOver() {
    // Kaggle 3883345359, 3884431599 and 3862107843
    assertThat(cues.isDuty("Account Management: Support PR strategy development")).isTrue();
    assertThat(cues.isDuty("Valuable code reviews: Conduct code reviews and mentor engineers"))
        .isTrue();
    assertThat(cues.isDuty("Product Strategy and Vision:o Define a compelling product vision"))
        .isTrue();
    // a label too long, a value that is no duty, or a lower-case continuation
    assertThat(cues.isDuty("Our Team In The Great City Of Boston: Support the sales team")).isFalse();
    assertThat(cues.isDuty("Location: Remote")).isFalse();
    assertThat(cues.isDuty("Hours: support on weekends")).isFalse();
  }

  @Test
  void aLetteredItemsMarkerIsPassedOver() {
    assertThat(cues.isDuty("a. Collaborate with the events coordinator")).isTrue();
    assertThat(cues.isDuty("b) Develop timelines for clinic events")).isTrue();
    assertThat(cues.opensRequirement("c) Experience with Excel")).isTrue();
  }

  @Test
  void shortTitleCasedItemsAreValuesNotDuties() {
    // the Heidi fixture's "The way we work"
    assertThat(cues.kindOfItems(List.of("Build to Last", "Own Your Practice",
        "Move Fast, Stay Steady", "Make Others Better"))).isNull();
    assertThat(cues.kindOfItems(List.of("Build data pipelines", "Own the release process",
        "Make outbound calls to prospects"))).isEqualTo(SectionKind.RESPONSIBILITIES);
  }
}
