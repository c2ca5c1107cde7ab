package io.github.jobnorm;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jobnorm.fixtures.Fixtures;
import io.github.jobnorm.model.EmploymentType;
import io.github.jobnorm.model.JobPosting;
import io.github.jobnorm.model.Location;
import io.github.jobnorm.model.PayKind;
import io.github.jobnorm.model.PayPeriod;
import io.github.jobnorm.model.PayRange;
import io.github.jobnorm.model.Section;
import io.github.jobnorm.model.SectionKind;
import io.github.jobnorm.model.Seniority;
import io.github.jobnorm.model.Source;
import io.github.jobnorm.model.SourceFormat;
import io.github.jobnorm.model.WorkplaceType;
import java.math.BigDecimal;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The reference posting gives every value of the contract's reference example. */
class ReferencePostingTest {
  private static JobPosting p;

  @BeforeAll
  static void parse() {
    p = JobNorm.parse(Fixtures.get("linkedin", "linkedin-4104804862").text()).posting();
  }

  @Test
  void identityAndSource() {
    assertThat(p.schemaVersion()).isEqualTo("1");
    assertThat(p.id()).isEqualTo("linkedin:4104804862");
    assertThat(p.source()).isEqualTo(new Source("linkedin",
        "https://www.linkedin.com/jobs/view/4104804862", "4104804862", SourceFormat.TEXT, null));
  }

  @Test
  void titleAndCompanyAreInferredWithAWarning() {
    assertThat(p.title()).isEqualTo("Research Scientist Intern");
    assertThat(p.company().name()).isEqualTo("Toyota Research Institute");
    assertThat(p.company().url()).isNull();
    assertThat(p.warnings()).anyMatch(w -> w.startsWith("title inferred from body text"))
        .anyMatch(w -> w.startsWith("company inferred from body text"));
  }

  @Test
  void locationAndTypes() {
    assertThat(p.locations()).containsExactly(new Location("US", null, null, "US", false));
    assertThat(p.workplaceType()).isEqualTo(WorkplaceType.HYBRID);
    assertThat(p.employmentType()).isEqualTo(EmploymentType.INTERNSHIP);
    assertThat(p.seniority()).isEqualTo(Seniority.INTERNSHIP);
  }

  @Test
  void exactlyOnePayRange() {
    assertThat(p.pay()).containsExactly(new PayRange(new BigDecimal("45"), new BigDecimal("65"),
        "USD", PayPeriod.HOUR, new BigDecimal("93600"), new BigDecimal("135200"),
        "California-based roles", PayKind.BASE, "between $45 and $65/hour"));
  }

  @Test
  void responsibilitiesAndQualifications() {
    assertThat(p.responsibilities()).hasSize(5).first().isEqualTo(
        "Advance the state of the art in training large-scale robot foundation models, and"
            + " validate the impact of that research on real-world benchmarks and robots.");
    assertThat(p.qualifications().required()).hasSize(5)
        .startsWith("Currently pursuing a Ph.D. in Machine Learning, Robotics, or related fields.")
        .contains("Proficiency with one or more coding languages and systems, preferably Python,"
            + " Unix, and a Deep Learning framework (e.g., PyTorch).");
    assertThat(p.qualifications().preferred()).containsExactly("Experience training large-scale"
        + " foundation models (VLMs, text-to-video models, etc) is desirable.");
  }

  @Test
  void sectionsAreClassified() {
    assertThat(p.sections().get(0).kind()).isIn(SectionKind.ABOUT_ROLE, SectionKind.ABOUT_COMPANY);
    assertThat(p.sections()).extracting(Section::kind)
        .contains(SectionKind.RESPONSIBILITIES, SectionKind.QUALIFICATIONS, SectionKind.EEO);
    Section last = p.sections().get(p.sections().size() - 1);
    assertThat(last.kind()).isEqualTo(SectionKind.EEO);
    assertThat(last.text()).contains("San Francisco Fair Chance Ordinance");
    assertThat(p.sections()).filteredOn(s -> s.kind() == SectionKind.RESPONSIBILITIES)
        .singleElement().extracting(Section::heading).isEqualTo("Responsibilities");
  }
}
