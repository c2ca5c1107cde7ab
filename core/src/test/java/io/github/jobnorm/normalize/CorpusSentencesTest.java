package io.github.jobnorm.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jobnorm.model.WorkplaceType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Sentences from postings of the LinkedIn US and aggregator files, verbatim, with the workplace
 * type a reader takes from them. These settle what the files' own labels cannot: the LinkedIn
 * file labels most postings "Remote" whatever they say (the reference posting, "this internship
 * will be a hybrid in-office role", among them).
 */
class CorpusSentencesTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', nullValues = "-", value = {
    "Please note that this internship will be an in-office hybrid role.|HYBRID",
    "PayPal's balanced hybrid work model offers 3 days in the office for effective collaboration|HYBRID",
    "Able to commute to the corporate office in Denver, CO- Hybrid Schedule|HYBRID",
    "Relocation Assistance Hybrid Work Policy(3 Days in Office, 2 Days Work from Home)|HYBRID",
    "Must be willing and able to work 100% onsite in Pontiac, Michigan|ON_SITE",
    "a hybrid work schedule with a minimum of one in-person collaboration day|HYBRID",
    "Our freelance role is fully remote so, you just need a laptop|REMOTE",
    "Type: Internship (Paid, Part-time, Remote)|REMOTE",
    "This fully remote position provides a unique opportunity to develop|REMOTE",
    "We offer flexible hours and a 100% remote working environment|REMOTE",
    "Ability to work full-time onsite in Huntington Beach, CA.|ON_SITE",
    "Seer is a remote-first agency and a Certified B-Corp|REMOTE",
    "The work location for this position is onsite and located in Los Alamos, NM.|ON_SITE",
    "Help Desk Analyst for a contract-to-hire job with a 100% remote opportunity.|REMOTE",
    "THIS IS A 100% REMOTE POSITION.|REMOTE",
    "Role Category Hybrid Job Type Student - Internship ReqID 2419420|HYBRID",
    "Location:  Las Vegas, NV (Onsite)  Compensation|ON_SITE",
    "This position is not eligible for remote work.|-",
    "employees enjoy a hybrid work model of 3 days in the office|HYBRID",
    "This position is in a hybrid work situation with 3 days/week in office.|HYBRID",
    "This Is a Hybrid Full-time Position Based At Our Headquarters|HYBRID",
    "This is a hybrid position. Expectation of days in office will be set by the manager.|HYBRID",
    "On-site position covering all UTA Arlington Campus locations|ON_SITE",
    "Signal gives you the flexibility to work from anywhere.|REMOTE",
    "Help Desk Analyst for a one-year remote contract.|REMOTE",
    "Interns will be required to be on-site in Taylor, TX at minimum 2 days per week|HYBRID",
    "Pella, IA (Onsite)  Summary: The primary purpose of this position|ON_SITE",
    "This position is based in Washington, DC and requires being onsite - remote work not considered|-",
    "Quantitative Trader (STIRs) Leading Prop Trading Firm Fully Remote (USA)|REMOTE",
    "This position is expected to be 100% onsite.|ON_SITE",
    "Flexible Work Policy  Hybrid. (4 days in-office, 1 day remote).|HYBRID",
    "Job Title: UI/UX Design Internship Location:  Hybrid (Remote work with required meetings)|HYBRID",
    "This hybrid position (office and remote) requires the ideal candidate|HYBRID",
    "The role is remote but local to Santa Rosa, Sacramento, Fresno|REMOTE",
    "This is a hybrid position located in Oakland, Sacramento, or Redding|HYBRID",
    "This is a full time, remote position.|REMOTE",
    "This position is remote and must live near a major airport.|REMOTE",
    "Location: Palmdale, CA 93550 (Onsite)  Duration: 12 months|ON_SITE",
    "This position is 100% on-site  Physical Demands|ON_SITE",
    "Working Model: Fully on-site  Working Days: Monday through Friday|ON_SITE",
    "**This position is on-site on Edwards AFB in Edwards, CA**|ON_SITE",
    "Location    Irvine, California, United States  Capabilities  Environmental  Office Setup    Hybrid|HYBRID",
    "balancing the availability of remote work with the inherent value of bringing people together|-",
    "support users both remotely (phone, email, screen share), as well as in person.|-"
  })
  void aReaderAndTheParserAgree(String sentence, WorkplaceType expected) {
    assertThat(WorkplaceTypes.fromText(sentence).map(Found::value).orElse(null))
        .as(sentence).isEqualTo(expected);
  }
}
