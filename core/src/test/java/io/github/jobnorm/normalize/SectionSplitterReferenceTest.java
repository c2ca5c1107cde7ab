package io.github.jobnorm.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jobnorm.model.Section;
import io.github.jobnorm.model.SectionKind;
import io.github.jobnorm.source.DescriptionFormat;
import org.junit.jupiter.api.Test;

/** The reference posting (Toyota Research Institute, Research Scientist Intern) split as the contract says. */
class SectionSplitterReferenceTest {
  private final SplitResult r =
      SectionSplitter.split(SectionFixtures.read("linkedin-4104804862-body.txt"), DescriptionFormat.TEXT);

  @Test
  void sectionsInOrderWithTheirKinds() {
    assertThat(r.sections())
        .extracting(Section::heading, Section::kind)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("About the job", SectionKind.ABOUT_ROLE),
            org.assertj.core.groups.Tuple.tuple("The Mission", SectionKind.ABOUT_COMPANY),
            org.assertj.core.groups.Tuple.tuple("The Team", SectionKind.ABOUT_COMPANY),
            org.assertj.core.groups.Tuple.tuple("The Internship", SectionKind.ABOUT_ROLE),
            org.assertj.core.groups.Tuple.tuple("Responsibilities", SectionKind.RESPONSIBILITIES),
            org.assertj.core.groups.Tuple.tuple("Qualifications", SectionKind.QUALIFICATIONS),
            org.assertj.core.groups.Tuple.tuple(null, SectionKind.PAY),
            org.assertj.core.groups.Tuple.tuple(null, SectionKind.EEO));
  }

  @Test
  void theTrailingNoticesAreTheirOwnSections() {
    Section pay = r.sections().get(6);
    assertThat(pay.text()).startsWith("The pay range for this position").contains("between $45 and $65/hour");
    Section eeo = r.sections().get(7);
    assertThat(eeo.text())
        .startsWith("Please reference this Candidate Privacy Notice")
        .contains("proud to provide Equal Employment Opportunity for all")
        .endsWith("qualified applicants with arrest and conviction records for employment.");
    assertThat(r.sections().get(5).text()).doesNotContain("pay range");
  }

  @Test
  void responsibilitiesAreTheFiveItems() {
    assertThat(r.responsibilities())
        .hasSize(5)
        .startsWith(
            "Advance the state of the art in training large-scale robot foundation models, and validate"
                + " the impact of that research on real-world benchmarks and robots.")
        .endsWith(
            "Collaborate with internal research scientists, our engineering team, and our partner labs at"
                + " top academic research universities including MIT, Stanford, Berkeley, CMU, Columbia, and"
                + " Princeton to drive pioneering research at scale.");
  }

  @Test
  void fiveRequiredQualificationsAndOnePreferred() {
    assertThat(r.qualifications().required())
        .containsExactly(
            "Currently pursuing a Ph.D. in Machine Learning, Robotics, or related fields.",
            "Publications at high-impact conferences/journals (e.g., NeurIPS, ICLR, ICML, ACL, EMNLP, CVPR,"
                + " CoRL, RSS, etc.) on some of the aforementioned topics.",
            "Passionate about large-scale challenges in ML grounded in physical systems, especially in the"
                + " space of robotics.",
            "Proficiency with one or more coding languages and systems, preferably Python, Unix, and a Deep"
                + " Learning framework (e.g., PyTorch).",
            "Ability to work in collaboration with other researchers and engineers to invent and develop"
                + " interesting research ideas.");
    assertThat(r.qualifications().preferred())
        .containsExactly(
            "Experience training large-scale foundation models (VLMs, text-to-video models, etc) is desirable.");
  }

  @Test
  void aBenefitNamedInsideThePayParagraphIsNotAListedBenefit() {
    assertThat(r.benefits()).isEmpty();
  }

  @Test
  void descriptionIsPlainTextAndIdempotent() {
    assertThat(r.description())
        .startsWith("About the job\n\nAt Toyota Research Institute (TRI)")
        .contains("Responsibilities\n\n- Advance the state of the art")
        .contains("and robots.\n- Work as part of")
        .doesNotContain("# ")
        .doesNotContain("\n\n\n");
    SplitResult again = SectionSplitter.split(r.description(), DescriptionFormat.TEXT);
    assertThat(again.sections()).isEqualTo(r.sections());
    assertThat(again.description()).isEqualTo(r.description());
  }
}
