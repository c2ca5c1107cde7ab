package io.github.jobnorm.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jobnorm.model.Section;
import io.github.jobnorm.model.SectionKind;
import io.github.jobnorm.source.DescriptionFormat;
import org.junit.jupiter.api.Test;

/** Unknown headings right under an empty list heading are its sub-headings. */
class SubHeadingsTest {

  private static SplitResult split(String text) {
    return SectionSplitter.split(text, DescriptionFormat.TEXT);
  }

  @Test
  void aSubHeadingOfAnEmptyDutiesHeadingHoldsDuties() {
    // Kaggle 3189117072: "Primary Responsibilities" then "Client Service" and its list
    SplitResult r = split("Primary Responsibilities\n\nClient Service\n- Serve and grow client relationships\n"
        + "- Resolve client inquiries in a timely manner\n\nEdification and Interaction\n"
        + "- Stay up to date with market trends\n- Attend research meetings with the research team\n");
    assertThat(r.sections()).extracting(Section::kind).containsExactly(
        SectionKind.RESPONSIBILITIES, SectionKind.RESPONSIBILITIES, SectionKind.RESPONSIBILITIES);
    assertThat(r.responsibilities()).containsExactly("Serve and grow client relationships",
        "Resolve client inquiries in a timely manner", "Stay up to date with market trends",
        "Attend research meetings with the research team");
  }

  @Test
  void aLaterSiblingWithoutAListAndAHeadingAfterContentInheritNothing() {
    SplitResult r = split("Responsibilities\n\nClient Service\n- Serve and grow client relationships\n"
        + "- Resolve client inquiries\n\nWorking Hours\nMonday to Friday, 9 to 5.\n");
    assertThat(r.sections()).extracting(Section::kind).containsExactly(
        SectionKind.RESPONSIBILITIES, SectionKind.RESPONSIBILITIES, SectionKind.OTHER);
    SplitResult after = split("Responsibilities\n- Serve clients\n- Resolve inquiries\n\nWorking Hours\n- Monday to Friday\n");
    assertThat(after.sections().get(1).kind()).isEqualTo(SectionKind.OTHER);
    assertThat(after.responsibilities()).containsExactly("Serve clients", "Resolve inquiries");
  }

  @Test
  void underAHeadingNamingDutiesAndRequirementsTheItemsChooseAndATieChoosesNone() {
    // Kaggle 3864169730: its list mixes duties and requirements evenly, so it stays unread
    SplitResult duties = split("Key Requirements and Responsibilities:\nAt CNY Fab\n- Work with the fitting team\n"
        + "- Ensure all documentation is supplied\n- Balance impellers\n");
    assertThat(duties.sections().get(1).kind()).isEqualTo(SectionKind.RESPONSIBILITIES);
    SplitResult tie = split("Key Requirements and Responsibilities:\nAt CNY Fab\n- Ensure all documentation is supplied\n"
        + "- 3 years of experience in a similar role\n");
    assertThat(tie.sections().get(1).kind()).isEqualTo(SectionKind.OTHER);
    assertThat(tie.qualifications().required()).isEmpty();
  }
}
