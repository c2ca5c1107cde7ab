package io.github.jobnorm.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jobnorm.model.EmploymentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Employment type from titles and text cues. */
class EmploymentTypesTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "This is a summer 2025 paid 12-week internship opportunity.|INTERNSHIP",
    "This is a part-time position, 20 hours a week.|PART_TIME",
    "Initial 6-month contract with possible extension. Full-time hours.|CONTRACT",
    "This is a full-time position with benefits.|FULL_TIME",
    "This is a temporary position covering maternity leave for our full-time employee.|TEMPORARY",
    "Contract-to-hire position for a Java developer.|CONTRACT",
    // corpus sentences (kaggle, linkedin-uk) where a cue used to be read in the wrong sense
    "Job detailsVariable part-time, 20-25 hours each weekMust be available to start work by 7:00 AM"
        + " CT|PART_TIME",
    "Organize canvasses, phonebanks, and other voter outreach and field work and/or manage"
        + " temporary contract field organizers during election season; COMPENSATION This is an"
        + " exempt, full-time position.|FULL_TIME",
    "Shift premium available for Evening and Night shift work.Initial Temporary 6 months contract"
        + " with view to permanency.|TEMPORARY"
  })
  void fromText(String text, EmploymentType expected) {
    assertThat(EmploymentTypes.fromText(null, text).orElseThrow().value()).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "Summer Intern - Software|INTERNSHIP", "Barista (Part-Time)|PART_TIME",
    "Java Developer - Contract|CONTRACT", "Warehouse Operative (Temporary)|TEMPORARY",
    "Werkstudent Data Science (m/w/d)|INTERNSHIP", "Stagiaire Marketing|INTERNSHIP"
  })
  void fromTitle(String title, EmploymentType expected) {
    assertThat(EmploymentTypes.fromText(title, "").orElseThrow().value()).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Contract Manager", "Internal Auditor", "Contracts Administrator",
      "Temperature Control Engineer", "Software Engineer"})
  void titlesThatSayNothing(String title) {
    assertThat(EmploymentTypes.fromText(title, null)).isEmpty();
  }

  /** Corpus sentences that name types without stating one for the job: no type, not a guess. */
  @ParameterizedTest
  @ValueSource(strings = {
    "This remote position is flexible, with a minimum of 10-20 hours weekly, and the possibility to"
        + " transition into a part-time/full-time role over time.",
    "We are currently advertising this opportunity on a full or part time basis. Please apply"
        + " according to your preference. Part time hours would allow for 28-35 hours per week,"
        + " working across 4 days minimum.",
    "We are looking for experienced construction workers and trades to join our projects on a"
        + " part-time / full-time / contract basis.",
    "This is a full-time or part-time on-site role for an Associate Veterinarian.",
    "We are happy to discuss any reasonable adjustments or flexibility that you may require,"
        + " including whether a role can be part-time or a job-share.",
    "Effective from 1st April 2026, the Agenda for Change full-time working week will be reduced"
        + " from 37 to 36 hours. Part-time hours will be adjusted on a pro-rata basis.",
    "Paid Parental Leave (after 1 year of full-time employment)Health:Comprehensive medical,"
        + " dental, and vision plans",
    "Job qualificationsApplicants must be currently authorized to work in the United States on a"
        + " full-time basis. We will not sponsor applicants for work visas.",
    "Minimum of 2 years contract management experience preferred."
  })
  void sentencesThatStateNoType(String text) {
    assertThat(EmploymentTypes.fromText(null, text)).isEmpty();
  }

  @Test
  void manyChoicesInOneTextStateNoType() {
    // linearity on the same text, 50,000 times longer, is TypesLinearTimeTest's
    assertThat(EmploymentTypes.fromText(null, "This is a full-time or part-time role. ".repeat(100)))
        .isEmpty();
  }

  @Test
  void aBareWordIsNotACue() {
    assertThat(EmploymentTypes.fromText(null, "We review every contract. Our interns love it."))
        .isEmpty();
  }
}
