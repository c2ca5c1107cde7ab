package io.github.jobnorm.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jobnorm.model.EmploymentType;
import io.github.jobnorm.model.Location;
import io.github.jobnorm.model.Seniority;
import io.github.jobnorm.model.WorkplaceType;
import io.github.jobnorm.testing.Corpus;
import java.io.IOException;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/** The reference posting linkedin-4104804862: location, workplace, employment and seniority. */
class ReferencePostingTypesTest {

  private static String body() throws IOException {
    return Files.readString(Corpus.file("seed/linkedin-4104804862.txt"));
  }

  @Test
  void locationUsIsTheCountryAlone() {
    LocationResult r = LocationParser.standard().parse("US", null);
    assertThat(r.locations()).containsExactly(new Location("US", null, null, "US", false));
    assertThat(r.workplaceType()).isNull();
  }

  @Test
  void bodyStatesAHybridRole() throws IOException {
    String body = body();
    Found<WorkplaceType> found = WorkplaceTypes.fromText(body).orElseThrow();
    assertThat(found.value()).isEqualTo(WorkplaceType.HYBRID);
    assertThat(found.text()).isEqualTo("be a hybrid in-office role");
    assertThat(body.substring(found.start(), found.end())).isEqualTo(found.text());
  }

  @Test
  void bodyStatesATwelveWeekInternship() throws IOException {
    Found<EmploymentType> found = EmploymentTypes.fromText(null, body()).orElseThrow();
    assertThat(found.value()).isEqualTo(EmploymentType.INTERNSHIP);
    assertThat(found.text()).isEqualTo("12-week internship opportunity");
  }

  @Test
  void titleSaysIntern() {
    Found<Seniority> found = Seniorities.fromTitle("Research Scientist Intern").orElseThrow();
    assertThat(found.value()).isEqualTo(Seniority.INTERNSHIP);
    assertThat(found.text()).isEqualTo("Intern");
    assertThat(EmploymentTypes.fromText("Research Scientist Intern", null).orElseThrow().value())
        .isEqualTo(EmploymentType.INTERNSHIP);
  }
}
