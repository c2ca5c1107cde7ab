package io.github.jobnorm.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which lines standing alone are headings. */
class HeadingLinesTest {
  private final HeadingLines lines = new HeadingLines(HeadingPhrases.get());

  @Test
  void aTitleListingWhatAListHeadingCoversIsAHeading() {
    // Kaggle 3884428983 and 3884430647
    assertThat(lines.isHeading("Desired Education, Knowledge, And Skills")).isTrue();
    assertThat(lines.isHeading("Required Knowledge, Skills And Experience")).isTrue();
    // commas in a title naming no kind, or in a sentence
    assertThat(lines.isHeading("Houston, Texas")).isFalse();
    assertThat(lines.isHeading("Skills, experience and a good attitude matter to us")).isFalse();
  }

  @Test
  void whatYouHaveHeadsRequirements() {
    assertThat(lines.isHeading("What You Have")).isTrue();
    assertThat(HeadingPhrases.get().classify("What You Have").name()).isEqualTo("QUALIFICATIONS");
  }

  @Test
  void aQualificationMarkedRequiredIsNoHeading() {
    // Indeed's lines "Education:Doctorate (Required)" and "License/Certification:..." (Kaggle
    // 3831148511): the value is a qualification, the label its heading
    assertThat(lines.isHeading("Doctorate (Required)")).isFalse();
    assertThat(lines.isHeading("California Bar License (Required)")).isFalse();
    assertThat(lines.isHeading("Bachelor's (Preferred)")).isFalse();
    assertThat(lines.isHeading("License/Certification:")).isTrue();
    assertThat(HeadingPhrases.get().classify("License/Certification").name()).isEqualTo("QUALIFICATIONS");
  }

  @Test
  void aLabelClosedByColonAndDashIsAHeading() {
    // Kaggle 3884431679: "Role Expectations:-\u2022 Generate Evidence Plan ..."
    assertThat(lines.isHeading("Role Expectations:-")).isTrue();
    assertThat(HeadingLines.text("Role Expectations:-")).isEqualTo("Role Expectations");
    assertThat(HeadingPhrases.get().classify("Role Expectations").name()).isEqualTo("RESPONSIBILITIES");
    // a dash alone ends no label
    assertThat(lines.isHeading("We are hiring across three teams -")).isFalse();
  }

  @Test
  void aHeadingRunningOnInTitleCaseEndsAtTheGlue() {
    // Kaggle 3884428699 and 3820392998: from the end of the known phrase to the glued word
    String q = "Qualifications/How You Will Be SuccessfulMinimum of 1 year of sales";
    assertThat(HeadingLines.gluedTitleEnd(q, "Qualifications".length())).isEqualTo(q.indexOf("Minimum"));
    String b = "What You Bring to the RoleRecommended candidate experience: B.S. degree";
    assertThat(HeadingLines.gluedTitleEnd(b, "What You Bring".length())).isEqualTo(b.indexOf("Recommended"));
    // a lower-case word that joins nothing, no glue, or a glue too far away
    assertThat(HeadingLines.gluedTitleEnd("Qualifications are listed belowHere", 14)).isEqualTo(-1);
    assertThat(HeadingLines.gluedTitleEnd("Qualifications For The Role", 14)).isEqualTo(-1);
    String far = "Qualifications" + " Word".repeat(20) + "Glued";
    assertThat(HeadingLines.gluedTitleEnd(far, 14)).isEqualTo(-1);
  }
}
