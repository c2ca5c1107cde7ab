package io.github.jobnorm.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jobnorm.model.EmploymentType;
import io.github.jobnorm.model.Seniority;
import io.github.jobnorm.model.WorkplaceType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Labels as LinkedIn, schema.org JSON-LD, JobSpy, Reed and ATS fields write them. */
class LabelsTest {

  @Test
  void everyEntryOfTheLabelFileParses() {
    for (String[] row : RuleFile.rows("labels.tsv")) {
      Enum<?> value = switch (row[0]) {
        case "employment" -> EmploymentTypes.fromLabel(row[1]).orElseThrow().value();
        case "seniority" -> Seniorities.fromLabel(row[1]).orElseThrow().value();
        default -> WorkplaceTypes.fromLabel(row[1]).orElseThrow().value();
      };
      assertThat(value.name()).as(row[1]).isEqualTo(row[2]);
    }
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "Full-time|FULL_TIME", "Internship|INTERNSHIP", "FULL_TIME|FULL_TIME", "PART_TIME|PART_TIME",
    "CONTRACTOR|CONTRACT", "TEMPORARY|TEMPORARY", "INTERN|INTERNSHIP", "VOLUNTEER|VOLUNTEER",
    "PER_DIEM|PER_DIEM", "OTHER|OTHER", "fulltime|FULL_TIME", "parttime|PART_TIME",
    "internship|INTERNSHIP", "contract|CONTRACT", "Permanent, full-time|FULL_TIME",
    "'Contract, full-time'|CONTRACT", "'Temporary, part-time'|TEMPORARY", "Part Time|PART_TIME",
    "full_time|FULL_TIME"
  })
  void employmentLabels(String label, EmploymentType expected) {
    assertThat(EmploymentTypes.fromLabel(label).orElseThrow().value()).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "Mid-Senior level|MID_SENIOR", "Entry level|ENTRY_LEVEL", "Internship|INTERNSHIP",
    "Associate|ASSOCIATE", "Director|DIRECTOR", "Executive|EXECUTIVE"
  })
  void seniorityLabels(String label, Seniority expected) {
    assertThat(Seniorities.fromLabel(label).orElseThrow().value()).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "Hybrid|HYBRID", "On-site|ON_SITE", "Remote|REMOTE", "TELECOMMUTE|REMOTE", "Onsite|ON_SITE"
  })
  void workplaceLabels(String label, WorkplaceType expected) {
    assertThat(WorkplaceTypes.fromLabel(label).orElseThrow().value()).isEqualTo(expected);
  }

  @Test
  void unknownAndEmptyLabelsGiveNothing() {
    assertThat(EmploymentTypes.fromLabel("Not Applicable")).isEmpty();
    assertThat(EmploymentTypes.fromLabel("Permanent")).isEmpty();
    assertThat(EmploymentTypes.fromLabel("")).isEmpty();
    assertThat(EmploymentTypes.fromLabel(null)).isEmpty();
    assertThat(Seniorities.fromLabel("Not Applicable")).isEmpty();
    assertThat(WorkplaceTypes.fromLabel("-")).isEmpty();
  }

  @Test
  void aLabelKeepsItsWords() {
    Found<EmploymentType> found = EmploymentTypes.fromLabel(" Full-time ").orElseThrow();
    assertThat(found.text()).isEqualTo("Full-time");
    assertThat(found.start()).isEqualTo(-1);
  }
}
