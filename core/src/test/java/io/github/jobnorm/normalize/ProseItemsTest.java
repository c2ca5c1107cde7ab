package io.github.jobnorm.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.jobnorm.source.DescriptionFormat;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Entries read from prose: sentences of real postings, and what must not become an entry. */
class ProseItemsTest {
  private static final Duration LIMIT = Duration.ofSeconds(60);
  private final ProseItems prose = new ProseItems(ContentCues.get());

  // The readings take a section's sentences, split once by the splitter; here from a text.
  private List<String> dutyStatements(String text) {
    return prose.dutyStatements(prose.sentences(text));
  }

  private List<String> openingDutyStatements(String text) {
    return prose.openingDutyStatements(prose.sentences(text));
  }

  private List<String> dutyRuns(String text) {
    return prose.dutyRuns(prose.sentences(text));
  }

  private List<String> requirementRuns(String text) {
    return prose.requirementRuns(prose.sentences(text));
  }

  private List<String> idealCandidate(String text) {
    return prose.idealCandidate(prose.sentences(text));
  }

  @Test
  void sentencesEndAtStopsButNotAtAbbreviationsInitialsOrDecimals() {
    assertThat(prose.sentences("Manage costs, e.g. materials and labor. Work with the U.S. Army "
        + "on 2.5 projects. J. Smith reviews bids.Attend site visits"))
        .containsExactly("Manage costs, e.g. materials and labor.",
            "Work with the U.S. Army on 2.5 projects.", "J. Smith reviews bids.",
            "Attend site visits");
  }

  @Test
  void leadInsAndFragmentsAreNoEntries() {
    assertThat(prose.sentences("Requirements:\nBachelor's degree.\nExcel.\nTwo years in sales."))
        .containsExactly("Bachelor's degree.", "Two years in sales.");
  }

  @Test
  void aRoleSummaryGivesTheSentencesThatStateDuties() {
    // Kaggle job 3851109061, "Role Description"
    String text = "This is a full-time on-site role for a Restaurant Manager at The Napoli Group. "
        + "The Restaurant Manager will be responsible for overseeing the day-to-day operations "
        + "of the restaurant, ensuring customer satisfaction, managing staff, and maintaining "
        + "high food and beverage standards. The role will require effective communication and "
        + "strong leadership skills.";
    assertThat(dutyStatements(text)).containsExactly(
        "The Restaurant Manager will be responsible for overseeing the day-to-day operations of "
            + "the restaurant, ensuring customer satisfaction, managing staff, and maintaining "
            + "high food and beverage standards.");
  }

  @Test
  void theCompanySpeakingOfItselfStatesNoDuty() {
    assertThat(dutyStatements("We are responsible for 30% of the state's concrete work."))
        .isEmpty();
  }

  @Test
  void aDutiesParagraphGivesItsDutySentencesOnly() {
    // Kaggle job 3814723048: the list lost its newlines under "Roles and Responsibilities:"
    String text = "Assist in managing day-to-day 3PL operations, including coordinating shipments."
        + " Handle basic accounting tasks such as invoicing. Collaborate with cross-functional"
        + " teams to streamline processes. Please note this job description is not designed to"
        + " cover every duty.\n\nWe offer dental and vision insurance.";
    assertThat(prose.duties(text)).containsExactly(
        "Assist in managing day-to-day 3PL operations, including coordinating shipments.",
        "Handle basic accounting tasks such as invoicing.",
        "Collaborate with cross-functional teams to streamline processes.");
  }

  @Test
  void aRequirementsParagraphGivesItsRequirementSentencesOnly() {
    String text = "Grifols is a global healthcare organization. Juris Doctorate degree from an "
        + "ABA-accredited law school. Fluency in Spanish is strongly preferred. We offer a "
        + "generous 401(k) match.";
    assertThat(prose.requirements(text)).containsExactly(
        "Juris Doctorate degree from an ABA-accredited law school.",
        "Fluency in Spanish is strongly preferred.");
  }

  @Test
  void theSplitterTakesProseOnlyWhereNoListIsGiven() {
    SplitResult listed = SectionSplitter.split("Role Description\n\nThe Analyst will be "
        + "responsible for reporting.\n\nResponsibilities\n\n- Build dashboards\n- Clean data",
        DescriptionFormat.TEXT);
    assertThat(listed.responsibilities()).containsExactly("Build dashboards", "Clean data");
    SplitResult prose = SectionSplitter.split("Role Description\n\nThe Analyst will be "
        + "responsible for reporting. The Analyst will build dashboards.\n\nQualifications\n\n"
        + "- SQL", DescriptionFormat.TEXT);
    assertThat(prose.responsibilities()).containsExactly(
        "The Analyst will be responsible for reporting.", "The Analyst will build dashboards.");
    assertThat(prose.qualifications().required()).containsExactly("SQL");
  }

  @Test
  void aRunOfSentencesOpeningWithDutyVerbsGivesDuties() {
    // Kaggle job 3878193413, under "Job description:" (a role summary), third person, no subject
    String text = "Provides support to end users on a variety of issues. Identifies, researches, and "
        + "resolves technical problems. Responds to telephone calls, email and personnel requests for "
        + "technical support. Documents, tracks and monitors the problem to ensure a timely resolution. "
        + "May require an associate degree in a related area. Answer call center phones in a friendly, "
        + "helpful, and professional manner. Must be a team player.";
    assertThat(dutyRuns(text)).containsExactly(
        "Provides support to end users on a variety of issues.",
        "Identifies, researches, and resolves technical problems.",
        "Responds to telephone calls, email and personnel requests for technical support.",
        "Documents, tracks and monitors the problem to ensure a timely resolution.");
  }

  @Test
  void aSingleDutySentenceOrOneAddressingTheReaderIsNoRun() {
    // Kaggle 228003844: one duty sentence amid an ad; Kaggle 3812656624: perks in the imperative
    assertThat(dutyRuns("HCC is looking to hire swim instructors. Must have the ability to "
        + "work mornings. Conduct private (1-1) and small group swim lessons. Earn up to $30/hr."))
        .isEmpty();
    assertThat(dutyRuns("Set your own hours and have full decision making over your schedule\n"
        + "Keep the majority of your earnings")).isEmpty();
    assertThat(dutyRuns("provides support to users. identifies problems.")).isEmpty();
  }

  @Test
  void aRunOfRequirementSentencesGivesRequirements() {
    // Kaggle job 658723396: the requirements run on in an untitled paragraph
    String text = "All applicants are welcome. Must be able to communicate and interact with all "
        + "levels of the organization. Must be able to communicate with a wide variety of third-party "
        + "vendors and branch support teams. Candidates and employees may be assessed for their ability "
        + "to perform the position's essential duties.";
    assertThat(requirementRuns(text)).containsExactly(
        "Must be able to communicate and interact with all levels of the organization.",
        "Must be able to communicate with a wide variety of third-party vendors and branch support "
            + "teams.");
    // one requirement sentence, duties, and the company's own words are no run
    assertThat(requirementRuns("Experience preferred but will train the right person. "
        + "All Haircuts, some shaving.")).isEmpty();
    assertThat(requirementRuns("Manage projects with strong skills. Develop excellent "
        + "reports with knowledge of SQL.")).isEmpty();
  }

  @Test
  void anIdealCandidateSentenceStatesARequirement() {
    // Kaggle 3880190130 and 3811513595, as written
    String text = "This is a full-time remote role. We are unable to sponsor at this time. The ideal "
        + "candidate will have expertise in ServiceNow platform along with a strong background in "
        + "integrations with other tools/sources. Our team will have fun.";
    assertThat(idealCandidate(text)).containsExactly(
        "The ideal candidate will have expertise in ServiceNow platform along with a strong background "
            + "in integrations with other tools/sources.");
    String social = "The ideal candidate should have a firm grasp of social media content trends, "
        + "including Instagram and TikTok formats, as well as essential camera functions and editing "
        + "skills.";
    assertThat(idealCandidate(social)).containsExactly(social);
    // Kaggle 2314566469 and 3748720888: plural, and other words for the person sought
    String plural = "Ideal candidates will have superior phone sales experience and strong "
        + "interpersonal skills.";
    assertThat(idealCandidate(plural)).containsExactly(plural);
    String right = "The right candidate will have a minimum of 3 years' experience.";
    assertThat(idealCandidate(right)).containsExactly(right);
    // a duty, a perk, a trait without a requirement word and the company are no requirement
    assertThat(idealCandidate("The ideal candidate will be responsible for conducting studies to "
        + "gather cost information. The successful candidate will have access to our 401k plan and "
        + "health insurance. The ideal candidate will have a great attitude. We will have experience "
        + "with your needs.")).isEmpty();
    assertThat(RequirementStatements.opensIdealCandidate("An ideal candidate would also possess strong skills")).isTrue();
    assertThat(RequirementStatements.opensIdealCandidate("Ideal candidates are welcome")).isFalse();
  }

  @Test
  void aSingleSentenceThatRequiresStatesARequirement() {
    // Kaggle 35982263, 228003844, 3642223753 and 705356075
    String text = "Looking for HVAC service tech with experience in commerical and industrial "
        + "equipment. Minimum 5 yrs. on the job with mechanical license. Conduct private swim "
        + "lessons. Instructor must have their CPR certification. Teachers should have a 200-hr "
        + "yoga certification. Candidate is required to have a valid driver's license.";
    assertThat(prose.requirementStatements(prose.sentences(text))).containsExactly(
        "Looking for HVAC service tech with experience in commerical and industrial equipment.",
        "Minimum 5 yrs. on the job with mechanical license.",
        "Instructor must have their CPR certification.",
        "Teachers should have a 200-hr yoga certification.",
        "Candidate is required to have a valid driver's license.");
    // not of the person sought, or not worded as a requirement
    assertThat(prose.requirementStatements(prose.sentences("Applications must be received by "
        + "April 30 and must have a cover letter. The managed Reps should be set up in our "
        + "system. We must have your resume by Friday. Our team must be the best."))).isEmpty();
  }

  @Test
  void whatTheRoleRequiresOrAConditionalOfferStatesARequirement() {
    // Kaggle 3663813835, 3564676727, 3884431599 and 3795156313
    String text = "The role requires strong analytical skills and a commitment to providing "
        + "exceptional customer service. This is a key leadership role that requires strong "
        + "analytical skills, attention to detail, and the ability to communicate. If you have "
        + "solid experience in React and Redux, we want to hear from you. Great communication and "
        + "people skills are a must.";
    assertThat(prose.requirementStatements(prose.sentences(text))).containsExactly(
        "The role requires strong analytical skills and a commitment to providing exceptional "
            + "customer service.",
        "This is a key leadership role that requires strong analytical skills, attention to "
            + "detail, and the ability to communicate.",
        "If you have solid experience in React and Redux, we want to hear from you.",
        "Great communication and people skills are a must.");
    // what the role requires must read as a requirement; a question or an offer is none
    assertThat(prose.requirementStatements(prose.sentences("This role requires travel to client "
        + "sites. If you have any questions, please call us. The position requires you to start "
        + "in May."))).isEmpty();
  }

  @Test
  void anExperienceLabelOfAHeaderLineIsARequirement() {
    // Kaggle 3876429995, 3827923756 and 3840166122: the label, not the whole header line
    String text = "Role \u2013 Informatica MDM Location: Southlake, TX (Day 1 Onsite and 5 Days WFO)Yrs. "
        + "of experience: 8+ Yrs.Mode of employment: Full-Time\nLocation -Alpharetta, GA Exp: 10+ "
        + "years Technical expertise: .NET\nDuration: Full Time Experience Level : 12-15 "
        + "YearsInterview Mode : L1";
    assertThat(prose.requirementStatements(prose.sentences(text))).containsExactly(
        "Yrs. of experience: 8+ Yrs.", "Exp: 10+ years", "Experience Level : 12-15 Years");
    // a number without years, or years that are no experience asked for
    assertThat(prose.requirementStatements(prose.sentences("Experience: 12 Workday Prism "
        + "Developer. Founded: 25 years ago."))).isEmpty();
  }

  @Test
  void anIdealCandidateInThePresentOrAfterALinkStatesARequirement() {
    // Kaggle 3855887817 and 3299509053
    assertThat(idealCandidate("The ideal candidate has excellent organizational and communication "
        + "skills, is detail-oriented, and has experience managing a fleet of vehicles. In addition, "
        + "the successful candidate will have knowledge and experience in the civil engineering "
        + "business.")).containsExactly(
        "The ideal candidate has excellent organizational and communication skills, is "
            + "detail-oriented, and has experience managing a fleet of vehicles.",
        "In addition, the successful candidate will have knowledge and experience in the civil "
            + "engineering business.");
    // Kaggle 3299509053: "seeking a candidate with:" and a list of what they bring
    String with = "We are seeking a candidate with: knowledge of project procedures in South Sound "
        + "jurisdictions, the ability to teach younger staff.";
    assertThat(prose.requirementStatements(prose.sentences(with))).containsExactly(with);
  }

  @Test
  void aListRunIntoProseByLetterMarkersIsCutAtEachMarker() {
    // Kaggle 3184403524
    String text = "Collaborate with Sr. Events Coordinator to complete pre-event tasks such as "
        + "budgeting and coordinating volunteer placements. b. Develop and manage timelines for "
        + "upcoming clinic events. c) Interface with patients and families to gather key "
        + "information, e.g. contact details.";
    assertThat(prose.sentences(text)).containsExactly(
        "Collaborate with Sr. Events Coordinator to complete pre-event tasks such as budgeting and "
            + "coordinating volunteer placements.",
        "Develop and manage timelines for upcoming clinic events.",
        "Interface with patients and families to gather key information, e.g. contact details.");
  }

  @Test
  void aQualificationMarkedRequiredOrPreferredIsKeptHoweverShort() {
    // Indeed's qualification lines: "Education:Doctorate (Required)"
    assertThat(prose.requirements("Doctorate (Required)")).containsExactly("Doctorate (Required)");
    assertThat(prose.requirements("Bachelor's (Preferred)")).containsExactly("Bachelor's (Preferred)");
    assertThat(prose.requirements("Doctorate")).isEmpty();
  }

  @Test
  void theSplitterReadsAnIdealCandidateOnlyWhereThePostingListsNoRequirements() {
    String text = "Engineer\n\nResponsibilities:\n- Architect and implement solutions.\n- Build "
        + "integrations.\n\nAbout us:\nWe build tools. The ideal candidate will have experience with "
        + "ServiceNow.";
    assertThat(SectionSplitter.split(text, DescriptionFormat.TEXT).qualifications().required())
        .containsExactly("The ideal candidate will have experience with ServiceNow.");
    String listed = text + "\n\nRequirements:\n- 5+ years of Java experience";
    assertThat(SectionSplitter.split(listed, DescriptionFormat.TEXT).qualifications().required())
        .containsExactly("5+ years of Java experience");
  }

  @Test
  void theSplitterTakesRunsOnlyWhereThePostingListsNone() {
    String text = "Help Desk Support\n\nJob description:\nProvides support to end users. Identifies "
        + "and resolves technical problems. Must be able to work from home on Fridays. Must be able to "
        + "interview in person.";
    SplitResult r = SectionSplitter.split(text, DescriptionFormat.TEXT);
    assertThat(r.responsibilities()).containsExactly(
        "Provides support to end users.", "Identifies and resolves technical problems.");
    assertThat(r.qualifications().required()).containsExactly(
        "Must be able to work from home on Fridays.", "Must be able to interview in person.");
    SplitResult listed = SectionSplitter.split(text + "\n\nResponsibilities:\n- Reset passwords\n\n"
        + "Requirements:\n- CompTIA A+", DescriptionFormat.TEXT);
    assertThat(listed.responsibilities()).containsExactly("Reset passwords");
    assertThat(listed.qualifications().required()).containsExactly("CompTIA A+");
  }

  @Test
  void outsideTheRoleSectionsOnlySentencesThatOpenWithDutiesCount() {
    // Kaggle job 3845412777, under its title as a heading
    assertThat(openingDutyStatements("Vibrant Humans HR Consulting has partnered with a "
        + "Washington-based construction company. You will be responsible for managing the project "
        + "estimates, costs, timeline, team, subcontractors, and client interface.")).containsExactly(
        "You will be responsible for managing the project estimates, costs, timeline, team, "
            + "subcontractors, and client interface.");
    // Kaggle job 3854915769, under "RESPONSIBLE FOR"
    String succession = "Responsible for succession planning, identifying talent, providing "
        + "support, education, and resources to grow future nursing leaders.";
    assertThat(openingDutyStatements(succession)).containsExactly(succession);
    // Kaggle job 3829619875: a responsibility in passing, in a perk's small print
    assertThat(openingDutyStatements("At KB Ranch and Home, we empower you to run your "
        + "business your way while providing the support and resources you need to thrive. *Paid "
        + "insurance and CE are guaranteed with the completion of one transaction each year, "
        + "otherwise agent is responsible for this cost.")).isEmpty();
  }

  @Test
  void theSplitterReadsOtherSectionsForDutiesOnlyWhenNothingElseGivesAny() {
    String text = "Construction Project Manager (Contract)\n\nYou will be responsible for managing "
        + "the project estimates and costs. You will be interfacing with both on-site and virtual "
        + "teams.\n\nQualifications\n\n- Five years of construction experience";
    assertThat(SectionSplitter.split(text, DescriptionFormat.TEXT).responsibilities())
        .containsExactly("You will be responsible for managing the project estimates and costs.",
            "You will be interfacing with both on-site and virtual teams.");
    // a run of duties elsewhere comes first
    String runs = text.replace("Qualifications", "Job description:\nProvides support to the "
        + "project team. Prepares weekly cost reports.\n\nQualifications");
    assertThat(SectionSplitter.split(runs, DescriptionFormat.TEXT).responsibilities())
        .containsExactly("Provides support to the project team.", "Prepares weekly cost reports.");
  }

  @Test
  void requirementsListedAmongTheDutiesAreQualifications() {
    // Kaggle job 3692329268, "Primary Responsibilities", and 3884425780, "Responsibilities"
    SplitResult r = SectionSplitter.split("Primary Responsibilities\n\n- Greet customers and "
        + "assist with product selection\n- Maintain store displays\n- Prior retail experience is "
        + "required.\n- High School diploma or equivalent required.\n- Valid Iowa Drivers License\n"
        + "- Strong organizational skills", DescriptionFormat.TEXT);
    assertThat(r.responsibilities()).containsExactly(
        "Greet customers and assist with product selection", "Maintain store displays");
    assertThat(r.qualifications().required()).containsExactly(
        "Prior retail experience is required.", "High School diploma or equivalent required.",
        "Valid Iowa Drivers License", "Strong organizational skills");
    // a duty that opens like a requirement stays a duty
    ContentCues cues = ContentCues.get();
    assertThat(cues.isListedRequirement("Working closely with the sales team to build excellent "
        + "client relationships")).isFalse();
    assertThat(cues.isListedRequirement("Maintain store displays")).isFalse();
  }

  @Test
  void splittingIsLinearOnAdversarialRuns() {
    // every '.' looks back at most a few letters; 2 MB of "a." and of "x. " stay fast
    String dots = "a.".repeat(1_000_000);
    assertThat(assertTimeoutPreemptively(LIMIT, () -> prose.sentences(dots))).containsExactly(dots);
    List<String> many = assertTimeoutPreemptively(LIMIT, () -> prose.sentences("Build the thing. ".repeat(200_000)));
    assertThat(many).hasSize(200_000).allMatch("Build the thing."::equals);
    // the requirement readings' patterns are bounded: a 2 MB sentence of near-misses stays fast,
    // and so does one of 100,000 experience labels, each an entry
    String nearMisses = "role requires looking for a b c d e f g h to seeking a with is a must "
        .repeat(30_000);
    assertThat(assertTimeoutPreemptively(LIMIT,
        () -> prose.requirementStatements(List.of(nearMisses)))).isEmpty();
    String labels = "Experience: 12+ years, ".repeat(100_000);
    assertThat(assertTimeoutPreemptively(LIMIT, () -> prose.requirementStatements(List.of(labels))))
        .hasSize(100_000).allMatch("Experience: 12+ years"::equals);
    // the duty readings look at a sentence's head only: a 2 MB sentence is read as fast as a short one
    String sought = "We are seeking a " + "very ".repeat(400_000) + "good writer to craft posts.";
    assertThat(assertTimeoutPreemptively(LIMIT, () -> prose.soughtFor(List.of(sought)))).isEmpty();
    String run = "You will build ".repeat(200_000);
    assertThat(assertTimeoutPreemptively(LIMIT, () -> dutyStatements(run))).containsExactly(run.strip());
  }
}
