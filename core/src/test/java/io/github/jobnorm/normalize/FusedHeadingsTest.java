package io.github.jobnorm.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Headings glued into lines whose newlines were lost, as Kaggle postings write them. */
class FusedHeadingsTest {
  private static final Duration LIMIT = Duration.ofSeconds(60);
  private static final FusedHeadings FUSED = new FusedHeadings(HeadingPhrases.get());

  private static List<String> pieces(String line) {
    return FUSED.split(line).stream().map(b -> b.type() + ":" + b.text()).toList();
  }

  @Test
  void aLabelClosingTheLineAfterASentenceIsAHeading() {
    // Kaggle 3814723048: the label closes the paragraph; its list is on the next lines
    assertThat(pieces("We are seeking a Generalist to be the \u201cglue\u201d for our organization. Roles and Responsibilities:"))
        .containsExactly(
            "PARAGRAPH:We are seeking a Generalist to be the \u201cglue\u201d for our organization.",
            "HEADING:Roles and Responsibilities");
    // Kaggle 3486250934: glued to the stop
    assertThat(pieces("...a vision for success.Chief Executive Officer Job Responsibilities:"))
        .containsExactly("PARAGRAPH:...a vision for success.", "HEADING:Chief Executive Officer Job Responsibilities");
    // Kaggle 3814723048: two spaces after the stop
    assertThat(pieces("Ability to adapt to fast-paced and dynamic work environment.  Requirements:"))
        .containsExactly("PARAGRAPH:Ability to adapt to fast-paced and dynamic work environment.", "HEADING:Requirements");
  }

  @Test
  void aPhraseGluedToTheNextWordAfterASpaceIsAHeadingWithTheCapitalizedWordsBeforeIt() {
    // Kaggle 3845412777 and 3884431648: the heading's words before the phrase come along
    assertThat(pieces("Location: Renton, Washington Role and ResponsibilitiesDetermine and define scope"))
        .containsExactly("PARAGRAPH:Location: Renton, Washington", "HEADING:Role and Responsibilities",
            "PARAGRAPH:Determine and define scope");
    assertThat(pieces("Obtain permits.Qualifications and Education RequirementsThree (3) years of experience"))
        .containsExactly("PARAGRAPH:Obtain permits.", "HEADING:Qualifications and Education Requirements",
            "PARAGRAPH:Three (3) years of experience");
    // Kaggle 3817203807: no further back than lower-case words
    assertThat(pieces("prepare closeout documentation for the Project Engineer QualificationsCollege degree"))
        .containsExactly("PARAGRAPH:prepare closeout documentation for the",
            "HEADING:Project Engineer Qualifications", "PARAGRAPH:College degree");
    // Kaggle 3884426652: capitalized words opening a sentence or a line before the phrase
    assertThat(pieces("General Job Duties (including but not limited to):Develop and design systems."))
        .containsExactly("HEADING:General Job Duties (including but not limited to)",
            "PARAGRAPH:Develop and design systems.");
    assertThat(pieces("Growth potential available. General Job Duties (including but not limited "
        + "to):Develop and design systems.")).containsExactly("PARAGRAPH:Growth potential available.",
        "HEADING:General Job Duties (including but not limited to)", "PARAGRAPH:Develop and design systems.");
    // Kaggle 3855969867: a dash list after the heading, on a line too long to be a heading
    String dashes = "- Proven working experience in retail sales- Basic understanding of sales "
        + "principles and customer service practices";
    assertThat(pieces("REQUIREMENTS" + dashes)).containsExactly("HEADING:REQUIREMENTS", "PARAGRAPH:" + dashes);
    assertThat(pieces("Desired Skills and Experience- Must have")).containsExactly(
        "PARAGRAPH:Desired Skills and Experience- Must have");
    // Kaggle 3884431253: after a label the phrase is its value, and its glue no heading
    assertThat(pieces("Requirements:Collegiate Playing Experience: MandatoryProfessional Playing "
        + "Experience: PreferredCollegiate or Professional Coaching Experience: Mandatory"))
        .containsExactly("HEADING:Requirements", "PARAGRAPH:Collegiate Playing Experience: "
            + "MandatoryProfessional Playing Experience: PreferredCollegiate or Professional "
            + "Coaching Experience: Mandatory");
    // Kaggle 3884431577: a list heading opening a long line, its list run on after a space; a
    // heading line of its own stays whole
    String run = "Qualifications Valid driver's licenseClean driving recordExcellent knowledge of "
        + "traffic laws and regulationsAbility to operate and maintain vehicles";
    assertThat(pieces(run)).containsExactly("HEADING:Qualifications",
        "PARAGRAPH:" + run.substring("Qualifications ".length()));
    assertThat(pieces("Responsibilities Include But Not Limited To")).containsExactly(
        "PARAGRAPH:Responsibilities Include But Not Limited To");
    // after a sentence end, a heading glued to its text (as Kaggle 3773070651)
    assertThat(pieces("Apply online. Purpose of Position:To lead the crew.")).containsExactly(
        "PARAGRAPH:Apply online.", "HEADING:Purpose of Position", "PARAGRAPH:To lead the crew.");
    // a phrase followed by a space, or glued to a word in capitals, stays in its sentence
    assertThat(pieces("We value Responsibilities and trust")).containsExactly(
        "PARAGRAPH:We value Responsibilities and trust");
    assertThat(pieces("Read the Requirements document")).containsExactly(
        "PARAGRAPH:Read the Requirements document");
  }

  @Test
  void aLabelClosingAnItemGluedToItIsAHeading() {
    // Kaggle 3868010733: the lead-in of the requirements is glued to the last duty
    assertThat(pieces("Working with the team to develop solutionsMaintaining a clean lobby areaQualified candidates must have these skills:"))
        .containsExactly(
            "PARAGRAPH:Working with the team to develop solutionsMaintaining a clean lobby area",
            "HEADING:Qualified candidates must have these skills");
  }

  @Test
  void aClosingLabelOfNoKnownKindOrAfterAPlainSpaceStaysInItsLine() {
    assertThat(pieces("Please read the notes below. Important note:")).containsExactly("PARAGRAPH:Please read the notes below. Important note:");
    // after a glyph and a space the whole line is the heading, read by the heading-line rules
    assertThat(pieces("\u2016 Responsibilities Include:")).containsExactly("PARAGRAPH:\u2016 Responsibilities Include:");
    assertThat(pieces("Visit us at https://example.com/jobs. Apply at:")).containsExactly("PARAGRAPH:Visit us at https://example.com/jobs. Apply at:");
  }

  @Test
  void aHeadingInCapitalsGluedToTheNextWordIsCutAtTheGlue() {
    // Kaggle 3127577086
    assertThat(pieces("Schedule flexibility is required. ESSENTIAL JOB DUTIESPerforms routine procedures."))
        .containsExactly("PARAGRAPH:Schedule flexibility is required.", "HEADING:ESSENTIAL JOB DUTIES",
            "PARAGRAPH:Performs routine procedures.");
    // Kaggle 115639136: after a plain space, two words or more
    assertThat(pieces("Support the VP and Investors PREFERRED QUALIFICATIONSBachelor’s degree in accounting"))
        .containsExactly("PARAGRAPH:Support the VP and Investors", "HEADING:PREFERRED QUALIFICATIONS",
            "PARAGRAPH:Bachelor’s degree in accounting");
    // Kaggle 3127577086: a generic word as the whole heading
    assertThat(pieces("Diploma required.EXPERIENCEMinimum 1 year of experience"))
        .containsExactly("PARAGRAPH:Diploma required.", "HEADING:EXPERIENCE", "PARAGRAPH:Minimum 1 year of experience");
    // Kaggle 3842513172: the whole run, not the phrase it opens with
    assertThat(pieces("ESSENTIAL DUTIES AND RESPONSIBILITIESThe essential functions listed below " + "are illustrations. ".repeat(20)))
        .startsWith("HEADING:ESSENTIAL DUTIES AND RESPONSIBILITIES");
  }

  @Test
  void capitalsOfNoKnownHeadingOrOneWordAfterASpaceStayInTheText() {
    assertThat(pieces("We are COMPASSIONATEYou care for people.")).containsExactly("PARAGRAPH:We are COMPASSIONATEYou care for people.");
    assertThat(pieces("Experience with the USA PATRIOT ActIncluding audits")).containsExactly("PARAGRAPH:Experience with the USA PATRIOT ActIncluding audits");
    assertThat(pieces("Work with our SKILLSProficient team")).containsExactly("PARAGRAPH:Work with our SKILLSProficient team");
  }

  @Test
  void capitalsAreReadInOnePassOverHugeRuns() {
    // each run of capitals is read from its start only, at most a heading long
    String caps = "ABC DEF ".repeat(500_000) + "GHIjk";
    assertThat(assertTimeoutPreemptively(LIMIT, () -> pieces(caps))).containsExactly("PARAGRAPH:" + caps);
    String glued = "Manage the work.DUTIESPerform the work. ".repeat(100_000);
    List<Block> blocks = assertTimeoutPreemptively(LIMIT, () -> FUSED.split(glued));
    assertThat(blocks).hasSize(200_001);
    assertThat(blocks.subList(0, 4)).containsExactly(Block.paragraph("Manage the work."), Block.heading("DUTIES"),
        Block.paragraph("Perform the work. Manage the work."), Block.heading("DUTIES"));
    assertThat(blocks.get(200_000)).isEqualTo(Block.paragraph("Perform the work."));
    assertThat(blocks.stream().filter(b -> b.type() == Block.Type.HEADING))
        .hasSize(100_000).allMatch(Block.heading("DUTIES")::equals);
    String shortRuns = "AB CDe ".repeat(500_000);
    assertThat(assertTimeoutPreemptively(LIMIT, () -> pieces(shortRuns))).containsExactly("PARAGRAPH:" + shortRuns);
  }

  @Test
  void aHeadingGluedToANumberOrClosedByANoteIsCut() {
    // Kaggle 196406165, and the "Qualifications8+ years" of seven Kaggle postings
    assertThat(pieces("Job Requirements5+ years of recent Mortgage Processing Experience"))
        .containsExactly("HEADING:Job Requirements", "PARAGRAPH:5+ years of recent Mortgage Processing Experience");
    assertThat(pieces("Qualifications8+ years of experience in software development"))
        .containsExactly("HEADING:Qualifications", "PARAGRAPH:8+ years of experience in software development");
    // Kaggle 2147609754: the note closes the line; the duties follow on the next lines
    assertThat(pieces("Additional Employee Perks and DiscountsJob duties(* denotes an \"essential function\")"))
        .containsExactly("PARAGRAPH:Additional Employee Perks and Discounts",
            "HEADING:Job duties(* denotes an \"essential function\")");
    // Kaggle 2147609754: a phrase that opens the heading, glued to the list
    assertThat(pieces("Use equipment in a cost efficient manner.Job qualificationsHigh school diploma or equivalent."))
        .containsExactly("PARAGRAPH:Use equipment in a cost efficient manner.", "HEADING:Job qualifications",
            "PARAGRAPH:High school diploma or equivalent.");
  }

  @Test
  void aNoteThatDoesNotCloseTheLineOrANumberInAWordStaysInTheText() {
    assertThat(pieces("Job duties(see below) include filing and answering calls."))
        .containsExactly("PARAGRAPH:Job duties(see below) include filing and answering calls.");
    assertThat(pieces("Our Responsibilities2030 plan is public.")).containsExactly("PARAGRAPH:Our Responsibilities2030 plan is public.");
  }

  @Test
  void notesAreReadOnlyNearTheLineEnd() {
    // each phrase followed by a bracket looks at the line end only when it is a heading's length
    // away: the first phrase that near closes the line with its "note"
    String line = "Filed.Job duties(".repeat(200_000) + "end)";
    List<Block> blocks = assertTimeoutPreemptively(LIMIT, () -> FUSED.split(line));
    assertThat(blocks).containsExactly(Block.paragraph("Filed.Job duties(".repeat(199_994) + "Filed."),
        Block.heading("Job duties(" + "Filed.Job duties(".repeat(5) + "end)"));
  }

  @Test
  void aHeadingHoldingAGlyphReadsBackAsTheSameHeading() {
    // Kaggle 3795138975: "Job Responsibilities" is a known phrase glued to a glyph, but
    // the label runs to its colon; written back without it, the line was cut at the glyph
    String text = "Job Responsibilities\u2022 Main Work:\nAssist the controller with accounting tasks\n";
    SplitResult r = io.github.jobnorm.normalize.SectionSplitter.split(text, io.github.jobnorm.source.DescriptionFormat.TEXT);
    assertThat(r.sections().get(0).heading()).isEqualTo("Job Responsibilities\u2022 Main Work");
    SplitResult again = SectionSplitter.split(r.description(), io.github.jobnorm.source.DescriptionFormat.TEXT);
    assertThat(again.sections()).isEqualTo(r.sections());
  }

  @Test
  void aHeadingGluedToABulletIsCutButNotOneGluedToADash() {
    // Kaggle: "Key Qualifications* Minimum of 7 years...", a list whose newlines were lost
    assertThat(pieces("Key Qualifications* Minimum of 7 years of experience"))
        .containsExactly("HEADING:Key Qualifications", "PARAGRAPH:* Minimum of 7 years of experience");
    assertThat(pieces("Responsibilities· Administrative duties"))
        .containsExactly("HEADING:Responsibilities", "PARAGRAPH:· Administrative duties");
    // a dash or an arrow is prose
    assertThat(pieces("Job Description–Acme is hiring")).containsExactly("PARAGRAPH:Job Description–Acme is hiring");
    assertThat(pieces("Responsibilities→ Administrative duties"))
        .containsExactly("PARAGRAPH:Responsibilities→ Administrative duties");
  }

  @Test
  void aHeadingIsWrittenBackWithAColonOnlyWhenAGlyphIsGluedWhereItWouldBeCut() {
    // Glassdoor AU: a dash in a heading is no place to cut it, and it keeps its form
    SplitResult dash = SectionSplitter.split("<h3>Rating Analyst – Banks</h3><p>You will join a team of analysts.</p>",
        io.github.jobnorm.source.DescriptionFormat.HTML);
    assertThat(dash.description()).isEqualTo("Rating Analyst – Banks\n\nYou will join a team of analysts.");
    assertThat(SectionSplitter.split(dash.description(), io.github.jobnorm.source.DescriptionFormat.TEXT).sections())
        .isEqualTo(dash.sections());
    // an asterisk glued to a known phrase would cut the heading read again: it takes its colon
    SplitResult star = SectionSplitter.split("<h3>Key Qualifications*Required</h3><p>Java and SQL experience.</p>",
        io.github.jobnorm.source.DescriptionFormat.HTML);
    assertThat(star.sections().get(0).heading()).isEqualTo("Key Qualifications*Required");
    assertThat(star.description()).startsWith("Key Qualifications*Required:\n");
    assertThat(SectionSplitter.split(star.description(), io.github.jobnorm.source.DescriptionFormat.TEXT).sections())
        .isEqualTo(star.sections());
  }

  @Test
  void aListHeadingRunningOnInTitleCaseIsCutAtItsGlue() {
    // Kaggle 3884428699
    assertThat(pieces("Qualifications/How You Will Be SuccessfulMinimum of 1 year of sales and/or "
        + "lead generation experience")).containsExactly(
        "HEADING:Qualifications/How You Will Be Successful",
        "PARAGRAPH:Minimum of 1 year of sales and/or lead generation experience");
  }

  @Test
  void wordsOpeningALineMakeAHeadingWithALabelOnlyWhenTheWholeNamesAKind() {
    // Kaggle 3878383329: the value of "Job Role:", read again on a line of its own, stays one
    assertThat(pieces("Azure Cloud Engineer Work Location: Hartford, CT")).containsExactly(
        "PARAGRAPH:Azure Cloud Engineer Work Location: Hartford, CT");
    // after a sentence the capitalized words still open a heading (Kaggle 3700064749)
    assertThat(pieces("Think and problem solve logically and creatively. Training & Experience: "
        + "Paralegal certification")).containsExactly(
        "PARAGRAPH:Think and problem solve logically and creatively.",
        "HEADING:Training & Experience", "PARAGRAPH:Paralegal certification");
  }

  @Test
  void aLabelInMarkdownBoldGluedToItsTextIsAHeading() {
    // Kaggle 3610596223 and 3882279550: at the line start, and glued after a sentence
    assertThat(pieces("**Responsibilities:**- Assist underwriters in evaluating applications.- Review "
        + "policy documents.**Qualifications:**- P&C License")).containsExactly(
        "HEADING:**Responsibilities:**",
        "PARAGRAPH:- Assist underwriters in evaluating applications.- Review policy documents.",
        "HEADING:**Qualifications:**", "PARAGRAPH:- P&C License");
    // Kaggle 3833295504: a label and its value on a line of their own, and bold that is no label
    assertThat(pieces("**Company:** ABHI IT SYSTEMS INC")).containsExactly(
        "PARAGRAPH:**Company:** ABHI IT SYSTEMS INC");
    assertThat(pieces("We offer **great benefits** and more.**")).containsExactly(
        "PARAGRAPH:We offer **great benefits** and more.**");
    // an unclosed bold run is read once: a line of a million asterisks stays fast
    String stars = "**A".repeat(300_000);
    assertThat(assertTimeoutPreemptively(LIMIT, () -> pieces(stars))).containsExactly("PARAGRAPH:" + stars);
  }
}
