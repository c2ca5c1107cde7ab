package io.github.jobnorm.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.jobnorm.model.Section;
import io.github.jobnorm.model.SectionKind;
import io.github.jobnorm.source.DescriptionFormat;
import org.junit.jupiter.api.Test;

/**
 * The qualification lines job boards append to a description ("Education:Doctorate (Required)"),
 * as copied into LinkedIn postings (Kaggle 3831148511, 3177010992).
 */
class JobBoardQualificationsTest {

  @Test
  void eachMarkedLineIsAQualificationUnderItsLabel() {
    String text = "Job duties:\nAnalyzing facts and legal theories\n"
        + "Education:Doctorate (Required)\n"
        + "License/Certification:California Bar License (Required)\n"
        + "Work Location: In person, 95815";
    SplitResult r = SectionSplitter.split(text, DescriptionFormat.TEXT);
    assertThat(r.qualifications().required())
        .containsExactly("Doctorate (Required)", "California Bar License (Required)");
    assertThat(r.qualifications().preferred()).isEmpty();
    assertThat(r.sections()).extracting(Section::heading, Section::kind).containsExactly(
        tuple("Job duties", SectionKind.RESPONSIBILITIES),
        tuple("Education", SectionKind.QUALIFICATIONS),
        tuple("License/Certification", SectionKind.QUALIFICATIONS),
        tuple("Work Location", SectionKind.OTHER));
    assertThat(r.sections().get(3).text()).isEqualTo("In person, 95815");
  }

  @Test
  void aLinePreferredIsAPreferredQualificationAndTheLocationNone() {
    String text = "License/Certification:\nHealth Insurance License (Preferred)\n"
        + "Work Location: 7055 S Kirkman Rd, Orlando FL";
    SplitResult r = SectionSplitter.split(text, DescriptionFormat.TEXT);
    assertThat(r.qualifications().preferred()).containsExactly("Health Insurance License (Preferred)");
    assertThat(r.qualifications().required()).isEmpty();
    assertThat(r.responsibilities()).isEmpty();
  }
}
