package io.github.jobnorm.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jobnorm.model.WorkplaceType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Workplace type from body text. */
class WorkplaceTypesTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "Please note that this internship will be a hybrid in-office role.|HYBRID",
    "This is a hybrid role based in London.|HYBRID",
    "We offer a hybrid working model with 2 days in the office.|HYBRID",
    "You will be in the office 3 days a week.|HYBRID",
    "This position is fully remote within the US.|REMOTE",
    "This role is 100% remote.|REMOTE",
    "We are a remote-first company.|REMOTE",
    "This is a 100% on-site position in Austin.|ON_SITE",
    "This position is on-site at our Detroit plant.|ON_SITE",
    "Fully remote possible, but we work hybrid: 2 days at the office. This is a hybrid role.|HYBRID",
    "Job Type: Full-time Work Category: Hybrid Telecommute Application Close Date: 10/19/2025."
        + " This position will be based in the location(s) specified in the job posting with an"
        + " option for occasional telecommuting.|HYBRID",
    // a type listed beside another speaks of types in general; the job's own statement counts
    "Approval of remote and hybrid work is not guaranteed regardless of work location. Your"
        + " working location will be fully on-site, located in State College, PA.|ON_SITE",
    "Most roles at Fidelity are Hybrid, requiring associates to work onsite every other week"
        + " (all business days, M-F) in a Fidelity office. This does not apply to Remote or fully"
        + " Onsite roles. This position is fully onsite.|ON_SITE",
    "Seer is a remote-first agency and a Certified B-Corp, with team members across the country."
        + " Part-time basis, :12-20 hours per week Available to work from our Philly HQ 2 days a"
        + " week, preferably Tues & Thurs|HYBRID"
  })
  void statedInText(String text, WorkplaceType expected) {
    assertThat(WorkplaceTypes.fromText(text).orElseThrow().value()).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "Approval of remote and hybrid work is not guaranteed regardless of work location.",
    "Most roles at Fidelity are Hybrid, requiring associates to work onsite every other week"
        + " (all business days, M-F) in a Fidelity office. This does not apply to Remote or fully"
        + " Onsite roles.",
    "This role requires onsite presence at an NFL office or stadium location, and remote and/or"
        + " hybrid working options are not offered.",
    "This is not a remote or hybrid position and will require relocation if not already local.",
    "Experience with remote sensing data and GIS.",
    "Build remote control software for drones.",
    "Remote monitoring of patients is part of the job.",
    "The ability to work remotely is not available for this position. We are a remote-first team.",
    "Our hybrid cloud platform runs everywhere.",
    "Manage remote teams across time zones.",
    ""
  })
  void notStated(String text) {
    assertThat(WorkplaceTypes.fromText(text)).isEmpty();
  }
}
