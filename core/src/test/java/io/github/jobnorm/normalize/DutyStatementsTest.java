package io.github.jobnorm.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DutyStatementsTest {
  private final DutyStatements statements = new DutyStatements(ContentCues.get());

  @Test
  void thePersonHiredWillDoADuty() {
    assertThat(statements.willDo("They will conduct user research, develop visual designs, and "
        + "prototype user experiences.")).isTrue();
    assertThat(statements.willDo("In this role, you will design data pipelines.")).isTrue();
    assertThat(statements.willDo("You’ll ensure Apple products and services can seamlessly and "
        + "efficiently handle the tasks.")).isTrue();
    assertThat(statements.willDo("The User Experience Designer will collaborate with "
        + "cross-functional teams.")).isTrue();
    // Kaggle 3511440340 and 3366698309: no comma after the role, and "be" with the -ing form
    assertThat(statements.willDo("As an Assistant Director you will assist and support Center "
        + "Director in all aspects of management of the Academy.")).isTrue();
    assertThat(statements.willDo("As a Senior Consultant in Connected Planning unit you will be "
        + "leading multiple projects in a fast-paced team.")).isTrue();
    // Kaggle 3475821770: an adverb before the duty verb, but only before one
    assertThat(statements.willDo("You will commonly work with multiple clients at the same "
        + "time.")).isTrue();
    assertThat(statements.willDo("You will happily enjoy flexible hours.")).isFalse();
    // "be responsible for" and "be in charge of" state duties, wherever the subject ends
    assertThat(statements.willDo("The Senior Project Estimator will be responsible for managing "
        + "the project estimates.")).isTrue();
    assertThat(statements.willDo("As a Senior Project Manager, you will be in charge of the "
        + "night shift.")).isTrue();
    assertThat(statements.willDo("You will be eligible for a bonus.")).isFalse();
    assertThat(statements.willDo("You'll be working out and making money simultaneously.")).isFalse();
    // not the person hired, or not a duty
    assertThat(statements.willDo("The company will provide training.")).isFalse();
    assertThat(statements.willDo("The Napoli Group will open a new restaurant.")).isFalse();
    assertThat(statements.willDo("You will receive a competitive salary.")).isFalse();
    assertThat(statements.willDo("You will also receive a bonus.")).isFalse();
    assertThat(statements.willDo("You will gain experience in managing projects.")).isFalse();
    assertThat(statements.willDo("You will get a laptop and join a friendly team.")).isFalse();
    assertThat(statements.willDo("You will have the opportunity to learn our tools.")).isFalse();
    assertThat(statements.willDo("You will enjoy flexible hours.")).isFalse();
    assertThat(statements.willDo("The role will require effective communication.")).isFalse();
  }

  @Test
  void thePersonHiredDoesADutyInThePresent() {
    // Kaggle 3045980831 and 3745677818
    assertThat(statements.doesNow("The Project Engineer assists the Superintendents and Project "
        + "Managers in field work support, estimating, procurement.")).isTrue();
    assertThat(statements.doesNow("This position administers the Morgan’s employee benefits and "
        + "leave programs.")).isTrue();
    assertThat(statements.doesNow("The Coordinator serves as the principal advisor to the ASWSU "
        + "Senate.")).isTrue();
    assertThat(statements.doesNow("This position also supports a comprehensive new strategic "
        + "plan.")).isTrue();
    // Kaggle 3884430586 and 3831807497: a person named in lower case
    assertThat(statements.willDo("The architect will play a critical role in designing software."))
        .isTrue();
    assertThat(statements.willDo("The ideal candidate will engage students in a variety of ways."))
        .isTrue();
    assertThat(statements.doesNow("The stunning southern California climate makes for easy "
        + "living.")).isFalse();
    assertThat(statements.doesNow("The equipment provides the data.")).isFalse();
    // where or to whom, not what; and not the person hired
    assertThat(statements.doesNow("This position reports to the Louisiana Program Manager."))
        .isFalse();
    assertThat(statements.doesNow("The Intern works from home two days a week.")).isFalse();
    assertThat(statements.doesNow("The Team Lead supports all new hires.")).isFalse();
    assertThat(statements.doesNow("The company provides training.")).isFalse();
    assertThat(statements.doesNow("You manage the accounts.")).isFalse();
    assertThat(statements.doesNow("The Program Manager oversees the interns.")).isFalse();
  }

  @Test
  void aListItemWithoutItsSubjectStatesADutyOnlyInTheProgressive() {
    // Kaggle 3862121382
    assertThat(statements.willDo("Will be assisting within two departments.")).isTrue();
    assertThat(statements.willDo("Will be responsible for the night shift.")).isTrue();
    // Kaggle 345332937: the employer's promise
    assertThat(statements.willDo("Will train the right person.")).isFalse();
  }

  @Test
  void aJobTitleInThePluralIsThePersonHired() {
    // Kaggle 3466187886 and 3693083161
    assertThat(statements.willDo("Project Managers will also need to communicate and coordinate "
        + "with various vendors.")).isTrue();
    assertThat(statements.willDo("Interior Designers will work with Firm Principal and Team "
        + "Leaders.")).isTrue();
    // applying is no duty, nor is anything the clients or applicants do
    assertThat(statements.willDo("Applicants will need to provide their Certificate of "
        + "Disability.")).isFalse();
    assertThat(statements.willDo("Candidates will need to provide three references.")).isFalse();
    assertThat(statements.willDo("Clients will receive a report.")).isFalse();
  }

  @Test
  void whereOrToWhomIsNoDuty() {
    assertThat(statements.willDo("You will work from home on Fridays.")).isFalse();
    assertThat(statements.willDo("You will report directly to the CEO.")).isFalse();
    assertThat(statements.willDo("You will report on sales figures weekly.")).isTrue();
    assertThat(statements.states("The Analyst will report to the CFO.")).isFalse();
  }

  @Test
  void aClauseOfSupervisionBeforeTheDutyIsPassedOver() {
    // Kaggle 3606634863 and 3881987723: job specifications open with who directs
    assertThat(statements.doesNow("Under general direction, the Child Custody Recommending "
        + "Counselor supports the Court process by performing child recommending counseling "
        + "services.")).isTrue();
    assertThat(statements.doesNow("Under the direction of a registered nurse, monitors and "
        + "documents the status of, and instructs patient in care.")).isTrue();
    // the clause names no supervision, or what follows is no duty
    assertThat(statements.doesNow("Under the new plan, calls are routed to the main office."))
        .isFalse();
    assertThat(statements.doesNow("Under general supervision, enjoys a flexible schedule."))
        .isFalse();
  }

  @Test
  void aTitleWithOfIsResponsibleForDuties() {
    // Kaggle 3884430273: the person is named before "of"
    assertThat(statements.doesNow("The Director of Psychosocial Rehabilitative Services is "
        + "responsible for directing, integrating, and coordinating the clinical and administrative "
        + "functions.")).isTrue();
    assertThat(statements.doesNow("The Department of Transportation is responsible for the "
        + "state's roads.")).isFalse();
    assertThat(statements.doesNow("The Director of Sales is a key member of the team.")).isFalse();
  }

  @Test
  void thePersonSoughtForADutyStatesIt() {
    // Kaggle 974774701 and 1168783207
    assertThat(statements.seeksTo("We are seeking a Blog Writer and Virtual Assistant to craft "
        + "engaging, informative and SEO-friendly blog posts about writing.")).isTrue();
    assertThat(statements.seeksTo("We are looking for a Rep to manage our Reps in different "
        + "States and set up new Reps.")).isTrue();
    // a purpose, a place or the reader's own wish is no duty (Adzuna, Kaggle 3836759104, 3884429777)
    assertThat(statements.seeksTo("Chargezoom is looking for a Mid-Market Account Executive to "
        + "help us grow revenue.")).isFalse();
    assertThat(statements.seeksTo("My client is looking for a highly motivated and enthusiastic "
        + "person to work within the team.")).isFalse();
    assertThat(statements.seeksTo("Are you a skilled electrician looking for an exciting "
        + "opportunity to make a difference?")).isFalse();
    assertThat(statements.seeksTo("Euclid File Solutions LLC is seeking a Claim Manager able to "
        + "operate remotely.")).isFalse();
    assertThat(statements.seeksTo("We are seeking a talented engineer to join our team."))
        .isFalse();
  }
}
