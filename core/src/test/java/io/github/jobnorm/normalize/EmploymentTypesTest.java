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
    "Contract-to-hire position for a Java developer.|CONTRACT"
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

  @Test
  void aBareWordIsNotACue() {
    assertThat(EmploymentTypes.fromText(null, "We review every contract. Our interns love it."))
        .isEmpty();
  }
}
