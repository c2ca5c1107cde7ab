package io.github.jobnorm.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jobnorm.source.DescriptionFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A list of duties under a heading that names none, in a posting that lists no duties. */
class ListedDutiesTest {
  private static final ProseItems PROSE = new ProseItems(ContentCues.get());

  @Test
  void theDutiesOfAListUnderTheRoleHeadingAreTaken() {
    // as Kaggle 3792953441: a lead-in too long for a heading, then duties glued together
    SplitResult r = SectionSplitter.split("Your Role:\nManage projects effectively from start to finish."
        + "Create proposals and purchase requisitions.Ensure projects are on-schedule and within budget."
        + "Be a go-getter\n\nRequirements:\n- 3 years of experience\n", DescriptionFormat.TEXT);
    assertThat(r.responsibilities()).containsExactly(
        "Manage projects effectively from start to finish.",
        "Create proposals and purchase requisitions.",
        "Ensure projects are on-schedule and within budget.");
  }

  @Test
  void onlyTheItemsWordedAsDutiesOfAListOfMostlyDuties() {
    assertThat(PROSE.listedDuties(List.of("Manage the team", "Develop the roadmap", "Great office", "Lead reviews"), ""))
        .containsExactly("Manage the team", "Develop the roadmap", "Lead reviews");
    // two items, or a list that is not mostly duties, give none
    assertThat(PROSE.listedDuties(List.of("Manage the team", "Develop the roadmap"), "")).isEmpty();
    assertThat(PROSE.listedDuties(List.of("Manage the team", "Free parking", "Great office", "Dental plan"), "")).isEmpty();
  }
}
