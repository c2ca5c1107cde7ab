package io.github.jobnorm.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jobnorm.model.Seniority;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Seniority inferred from the title. */
class SenioritiesTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "Research Scientist Intern|INTERNSHIP", "Junior Data Analyst|ENTRY_LEVEL",
    "Entry-Level Accountant|ENTRY_LEVEL", "Senior Software Engineer|MID_SENIOR",
    "Sr. Product Manager|MID_SENIOR", "Staff Engineer, Payments|MID_SENIOR",
    "Principal Scientist|MID_SENIOR", "Lead Data Engineer|MID_SENIOR",
    "Senior Director of Engineering|DIRECTOR", "Head of Marketing|DIRECTOR",
    "VP, Sales|EXECUTIVE", "Chief Technology Officer|EXECUTIVE",
    "Senior Vice President, Finance|EXECUTIVE"
  })
  void titleNamesALevel(String title, Seniority expected) {
    assertThat(Seniorities.fromTitle(title).orElseThrow().value()).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Software Engineer", "Lead Generation Specialist", "Staff Accountant",
      "Internal Communications Manager", "Data Analyst", ""})
  void titleSaysNothing(String title) {
    assertThat(Seniorities.fromTitle(title)).isEmpty();
  }
}
