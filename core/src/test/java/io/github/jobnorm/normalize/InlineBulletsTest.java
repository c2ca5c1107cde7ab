package io.github.jobnorm.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.github.jobnorm.model.Section;
import io.github.jobnorm.model.SectionKind;
import io.github.jobnorm.source.DescriptionFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Lists run into one line, their newlines lost (Kaggle LinkedIn, Adzuna): the lead-in, the items
 * and the labels between them, on sentences of those postings.
 */
class InlineBulletsTest {

  private static SplitResult text(String s) {
    return SectionSplitter.split(s, DescriptionFormat.TEXT);
  }

  /** The plain-text description splits again into the same sections. */
  private static void readsBackTheSame(SplitResult r) {
    assertThat(text(r.description()).sections()).isEqualTo(r.sections());
  }

  @Test
  void aLeadInEndingInAColonHeadsTheItemsOnItsLine() {
    SplitResult r = text("The successful candidate will meet the following qualifications: • A minimum of a"
        + " Bachelor's degree in Engineering or related field is required.  • PE or EIT is desirable.  • 5-10"
        + " years of midstream oil and gas, petrochemical or refinery air permitting experience is preferred.");
    assertThat(r.sections()).extracting(Section::heading, Section::kind).containsExactly(
        tuple(
            "The successful candidate will meet the following qualifications", SectionKind.QUALIFICATIONS));
    assertThat(r.qualifications().required())
        .containsExactly("A minimum of a Bachelor's degree in Engineering or related field is required.");
    assertThat(r.qualifications().preferred()).containsExactly("PE or EIT is desirable.",
        "5-10 years of midstream oil and gas, petrochemical or refinery air permitting experience is preferred.");
    assertThat(r.description()).isEqualTo("The successful candidate will meet the following qualifications:\n\n"
        + "- A minimum of a Bachelor's degree in Engineering or related field is required.\n"
        + "- PE or EIT is desirable.\n"
        + "- 5-10 years of midstream oil and gas, petrochemical or refinery air permitting experience is preferred.");
    readsBackTheSame(r);
  }

  @Test
  void theReaderCutsTheLineIntoItsLeadInAndItems() {
    String line = "As a BDM, you will handle all aspects:  · Get involved in complete recruitment cycle - from"
        + " sourcing to placing. · Be accountable for revenue targets. · Client relationship management.";
    assertThat(InlineBullets.holdsList(line)).isTrue();
    assertThat(InlineBullets.split(line)).containsExactly(
        "As a BDM, you will handle all aspects:",
        "· Get involved in complete recruitment cycle - from sourcing to placing.",
        "· Be accountable for revenue targets.",
        "· Client relationship management.");
  }

  @Test
  void aKnownHeadingClosingTheLeadInOrAnItemHeadsTheItemsAfterIt() {
    // in capitals after the lead-in's last sentence, and glued to the last item and the next bullet
    SplitResult volunteer = text("The Childcare Volunteer will document the events of the evening in the"
        + " child’s file. QUALIFICATIONS • Completion of Volunteer Application and volunteer interview. • Legal"
        + " background check. • Completion of Night Lights training.");
    assertThat(volunteer.sections()).extracting(Section::heading).containsExactly(null, "QUALIFICATIONS");
    assertThat(volunteer.qualifications().required()).containsExactly(
        "Completion of Volunteer Application and volunteer interview.", "Legal background check.",
        "Completion of Night Lights training.");
    readsBackTheSame(volunteer);

    SplitResult dispatch = text("QUALIFICATIONS· Highly organized with excellent time management skills and the"
        + " ability to prioritize tasks effectively.· Ability to thrive in a fast-paced, dynamic environment and"
        + " adapt to changing priorities.PHYSICAL REQUIREMENTS· Lift and carry 50 pounds independently while"
        + " walking on uneven surfaces· Moves throughout the building to access files or necessary equipment.");
    assertThat(dispatch.sections()).extracting(Section::heading, Section::items).containsExactly(
        tuple("QUALIFICATIONS", List.of(
            "Highly organized with excellent time management skills and the ability to prioritize tasks effectively.",
            "Ability to thrive in a fast-paced, dynamic environment and adapt to changing priorities.")),
        tuple("PHYSICAL REQUIREMENTS", List.of(
            "Lift and carry 50 pounds independently while walking on uneven surfaces",
            "Moves throughout the building to access files or necessary equipment.")));
    readsBackTheSame(dispatch);
  }

  @Test
  void aLabelOfNoKnownKindStaysWithTheTextBeforeIt() {
    // "You will need to be:" names no kind: as a heading it would take its items out of Requirements
    SplitResult r = text("Requirements Working with an established staff team you will need to be flexible, with"
        + " excellent people management and influencing skills. You will need to be: • Confident, full of good"
        + " ideas and enthusiasm with a balance of business acumen and a caring approach. • RGN qualified and"
        + " preferably have a level 5 Leadership in management or equivalent.");
    assertThat(r.sections()).extracting(Section::heading, Section::kind).containsExactly(
        tuple("Requirements", SectionKind.QUALIFICATIONS));
    assertThat(r.qualifications().required()).containsExactly(
        "Confident, full of good ideas and enthusiasm with a balance of business acumen and a caring approach.",
        "RGN qualified and preferably have a level 5 Leadership in management or equivalent.");
    assertThat(r.sections().get(0).text()).startsWith("Working with an established staff team you will need to be"
        + " flexible, with excellent people management and influencing skills. You will need to be:\n\n- Confident");
    readsBackTheSame(r);
  }

  @Test
  void oneGlyphBetweenWordsOrARunOfShortTermsIsNoList() {
    assertThat(InlineBullets.holdsList("Strong knowledge of Python · SQL")).isFalse();
    assertThat(InlineBullets.holdsList("• Strong knowledge of Python · SQL")).isFalse();
    // the header line of Glassdoor exports: place, schedule and level, spaced middle dots
    assertThat(InlineBullets.holdsList("Ramat Gan, Israel · Full-time · Intermediate")).isFalse();
    assertThat(text("Ramat Gan, Israel · Full-time · Intermediate\n\nWe build maps.").description())
        .isEqualTo("Ramat Gan, Israel · Full-time · Intermediate\n\nWe build maps.");
    // bullets, not middle dots, make a list of short terms one
    assertThat(InlineBullets.split("Essential Role Guest awareness • Confidence • Resourcefulness"))
        .containsExactly("Essential Role Guest awareness", "• Confidence", "• Resourcefulness");
  }

  @Test
  void gluedAndDoubledGlyphsSeparateItemsToo() {
    SplitResult r = text("The Right Candidate Will: ● Understand customer goals, plans, challenges, timeline,"
        + " budget, authority ● Meet or exceed your monthly quota● Strive to continuously improve your sales"
        + " process and demonstrate a willingness to learn and implement best practices");
    assertThat(r.sections().get(0).heading()).isEqualTo("The Right Candidate Will");
    assertThat(r.sections().get(0).items()).containsExactly(
        "Understand customer goals, plans, challenges, timeline, budget, authority",
        "Meet or exceed your monthly quota",
        "Strive to continuously improve your sales process and demonstrate a willingness to learn and implement"
            + " best practices");
    readsBackTheSame(r);

    assertThat(InlineBullets.split("RESPONSIBILITES: • Proven experience in ServiceNow platform development on"
        + " various modules • · ServiceNow workspaces • · REST APIs"))
        .containsExactly("RESPONSIBILITES:", "• Proven experience in ServiceNow platform development on various"
            + " modules", "· ServiceNow workspaces", "· REST APIs");
  }

  @Test
  void anHtmlParagraphOrItemHoldingAListIsCutAsATextLine() {
    // the HTML result is written as text and read again: both readings must cut the same
    SplitResult p = SectionSplitter.split("<h3>Compensation, Benefits and Perks</h3><p>● Competitive salary and"
        + " commission plan ● 15 days Personal Time Off ● Stock in the company</p>", DescriptionFormat.HTML);
    SplitResult li = SectionSplitter.split("<h3>Compensation, Benefits and Perks</h3><ul><li>Competitive salary and"
        + " commission plan ● 15 days Personal Time Off ● Stock in the company</li></ul>", DescriptionFormat.HTML);
    for (SplitResult r : List.of(p, li)) {
      assertThat(r.sections().get(0).items())
          .containsExactly("Competitive salary and commission plan", "15 days Personal Time Off", "Stock in the company");
      readsBackTheSame(r);
    }
  }

  @Test
  void itemsGluedTogetherBeforeTheBulletsAreItemsToo() {
    SplitResult r = text("Qualifications:Great Communication and follow-through skills Self-motivated, fast learner,"
        + " and team playerComfortable speaking to any sized group in person and on the phoneAbility to read"
        + " building plans, elevations, and specifications · 2+ years of sales experience in the Interior design"
        + " field or architectural surfaces Industry.· Bachelor's degree preferred.");
    assertThat(r.qualifications().required()).containsExactly(
        "Great Communication and follow-through skills Self-motivated, fast learner, and team player",
        "Comfortable speaking to any sized group in person and on the phone",
        "Ability to read building plans, elevations, and specifications",
        "2+ years of sales experience in the Interior design field or architectural surfaces Industry.");
    assertThat(r.qualifications().preferred()).containsExactly("Bachelor's degree preferred.");
    readsBackTheSame(r);
  }

  @Test
  void leadInsAndLabelsNamedByTheNewHeadingPhrases() {
    SplitResult bdm = text("As a BDM, you will handle all aspects:  · Get involved in complete recruitment cycle -"
        + " from sourcing to placing. · Leverage your existing relationships and network to open new business. "
        + " Required Experience: · Minimum of 5-8 years of experience in IT staffing business"
        + " developments/account management in the US  market. · Expert level technical recruitment skills.");
    assertThat(bdm.sections()).extracting(Section::heading, Section::kind).containsExactly(
        tuple("As a BDM, you will handle all aspects", SectionKind.OTHER),
        tuple("Required Experience", SectionKind.QUALIFICATIONS));
    assertThat(bdm.qualifications().required()).containsExactly(
        "Minimum of 5-8 years of experience in IT staffing business developments/account management in the US"
            + " market.", "Expert level technical recruitment skills.");
    readsBackTheSame(bdm);

    SplitResult technicalWriter = text("Research, analyses, designs, develops, writes, edits, and publishes"
        + " documentation for technical applications, products, training, and services. Required: · Will be"
        + " assisting within two departments.· Must have 2 years of experience minimum.");
    assertThat(technicalWriter.sections().get(1).heading()).isEqualTo("Required");
    assertThat(technicalWriter.qualifications().required())
        .containsExactly("Will be assisting within two departments.", "Must have 2 years of experience minimum.");

    SplitResult accountsPayable = text("QualificationsEssential Job Functions• Posting outgoing payments and"
        + " reconciling • Answering Phone calls • Order and maintain office supplies.Non-essential Job Functions•"
        + " Communicate with Sales and Logistics if needed• Deposit checks in bank");
    assertThat(accountsPayable.sections()).extracting(Section::heading, Section::kind).containsExactly(
        tuple("Qualifications", SectionKind.QUALIFICATIONS),
        tuple("Essential Job Functions", SectionKind.RESPONSIBILITIES),
        tuple("Non-essential Job Functions", SectionKind.RESPONSIBILITIES));
    assertThat(accountsPayable.responsibilities()).containsExactly("Posting outgoing payments and reconciling",
        "Answering Phone calls", "Order and maintain office supplies.",
        "Communicate with Sales and Logistics if needed", "Deposit checks in bank");
    readsBackTheSame(accountsPayable);
  }

  @Test
  void headingsThatNameDutiesOrRequirements() {
    SplitResult maricopa = text("We Require\n\nOne year of experience as a Medical Assistant, including venipuncture"
        + " experience\n\nJob Contributions\n\nEnsure exam rooms are clean, stocked and appropriately set up each day"
        + " prior to rooming patients.");
    assertThat(maricopa.sections()).extracting(Section::heading, Section::kind).containsExactly(
        tuple("We Require", SectionKind.QUALIFICATIONS), tuple("Job Contributions", SectionKind.RESPONSIBILITIES));
    assertThat(maricopa.qualifications().required())
        .containsExactly("One year of experience as a Medical Assistant, including venipuncture experience");
    assertThat(maricopa.responsibilities()).containsExactly(
        "Ensure exam rooms are clean, stocked and appropriately set up each day prior to rooming patients.");

    SplitResult everise = text("High school diploma or GEDAuthorization to work in the United StatesWe would love if"
        + " you had:Minimum of 6 months experience in a customer facing work environment where you are developing"
        + " and/or closing sales");
    assertThat(everise.sections().get(1).heading()).isEqualTo("We would love if you had");
    assertThat(everise.qualifications().preferred()).containsExactly("Minimum of 6 months experience in a customer"
        + " facing work environment where you are developing and/or closing sales");

    SplitResult signs = text("Some of the daily activities our inside sales team handles include:\nMonitoring and"
        + " responding to emails\nAnswering and talking on the phone");
    assertThat(signs.responsibilities())
        .containsExactly("Monitoring and responding to emails", "Answering and talking on the phone");

    // "we require" names requirements only as a whole heading, never inside a sentence
    SplitResult prose = text("Please note that we require a satisfactory background check.\n\nWe require a valid"
        + " driver's license");
    assertThat(prose.sections()).hasSize(1);
    assertThat(prose.sections().get(0).heading()).isNull();
  }
}
