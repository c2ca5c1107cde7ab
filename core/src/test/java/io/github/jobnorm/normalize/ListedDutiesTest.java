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

  @Test
  void dutiesGluedIntoOneLineAreTakenWhenHalfOpenWithADutyVerb() {
    // Kaggle 3040487795: a lead-in, then -ing duties glued together, beside a paragraph of prose
    String text = "We are looking for a creative marketing student to join our team.\n\nYour day to day "
        + "will look like…Managing social media content calendarCreating engaging social media posts"
        + "Designing and executing monthly newslettersCrafting compelling blog posts";
    // the first duty stays glued to its lead-in, and is left out with it
    assertThat(PROSE.listedDuties(List.of(), text)).containsExactly(
        "Creating engaging social media posts", "Designing and executing monthly newsletters",
        "Crafting compelling blog posts");
    // as Kaggle 3813844724: two of four items open with a duty verb
    assertThat(PROSE.listedDuties(List.of("Investigate and implement new pricing methods",
        "Great team", "Apply statistical modeling techniques",
        "Be open to projects"), "")).containsExactly(
        "Investigate and implement new pricing methods", "Apply statistical modeling techniques");
    // a perk worded as a task is no duty
    assertThat(PROSE.listedDuties(List.of("Manage the team", "Develop the roadmap",
        "Develop a career with uncapped income potential and bonus"), "")).containsExactly(
        "Manage the team", "Develop the roadmap");
  }

  @Test
  void aHeadingThatStatesDutiesHeadsThem() {
    // Kaggle 3862982513 and 3854915769
    SplitResult r = SectionSplitter.split("The Business Office Manager will be responsible for, but "
        + "not limited to:\n- Verifying daily census\n- Billing and collections\n\nRESPONSIBLE FOR:\n"
        + "Administrative responsibility for assigned departments", DescriptionFormat.TEXT);
    assertThat(r.sections()).extracting(s -> s.kind().name())
        .containsExactly("RESPONSIBILITIES", "RESPONSIBILITIES");
    assertThat(r.responsibilities()).containsExactly("Verifying daily census",
        "Billing and collections", "Administrative responsibility for assigned departments");
  }
}
