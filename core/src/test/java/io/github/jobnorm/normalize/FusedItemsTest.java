package io.github.jobnorm.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Items run together with spaces only, cut before the word that opens the next one. */
class FusedItemsTest {
  private static final ContentCues CUES = ContentCues.get();

  @Test
  void dutiesRunTogetherAreCutBeforeTheirVerb() {
    assertThat(FusedItems.splitBefore("Monitor shipments with minimum delay Manage the crews on site", CUES::isDuty))
        .containsExactly("Monitor shipments with minimum delay", "Manage the crews on site");
  }

  @Test
  void noItemOfOneWordIsCut() {
    // Kaggle 3882935322, 3884426925: "Degree" opens a requirement, but "Bachelor's" alone is none
    assertThat(FusedItems.splitBefore("Bachelor's Degree in Finance, Supply Chain, IT, or related field", CUES::opensRequirement))
        .containsExactly("Bachelor's Degree in Finance, Supply Chain, IT, or related field");
    // Kaggle 3884429892: the last word of the sentence is no duty of its own
    assertThat(FusedItems.splitBefore("Collaborate on site inspections to showcase ACC and Visit Anaheim Partners.", CUES::isDuty))
        .containsExactly("Collaborate on site inspections to showcase ACC and Visit Anaheim Partners.");
  }

  @Test
  void everySeparatingGlyphAndASectionSignCutGluedItems() {
    // the glyphs of Bullets.isSeparator, ▫ and □ among them, and §; a dash only after a stop
    assertThat(FusedItems.split("Operate forklift▫Comply with rules□Report incidents§Lift boxes"))
        .containsExactly("Operate forklift", "Comply with rules", "Report incidents", "Lift boxes");
    assertThat(FusedItems.split("Cross-functional work–with dashes")).containsExactly(
        "Cross-functional work–with dashes");
  }
}
