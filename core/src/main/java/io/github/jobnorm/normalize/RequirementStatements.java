package io.github.jobnorm.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a prose sentence states what the person sought must bring: "Instructor must have their
 * CPR certification.", "The role requires strong analytical skills ...", "We are seeking a
 * Physician Assistant with a minimum of 1-2 years of practical experience", and the experience
 * labels of a posting's header lines ("Yrs. of experience: 8+ Yrs."). Whether the words read as a
 * requirement at all is the caller's check ({@link ContentCues#isRequirement}).
 */
final class RequirementStatements {
  /** The person sought, never the company or team: "The ideal team will have" is no requirement. */
  private static final Pattern IDEAL_CANDIDATE = Pattern.compile(
      "(?:(?:in addition|additionally|also), )?(?:(?:the|an?|our) )?"
          + "(?:ideal|successful|right|qualified|perfect) (?:candidate|applicant)s?"
          + " (?:(?:will|should|must|would) (?:also )?(?:have|possess)|has|possesses) ",
      Pattern.CASE_INSENSITIVE);

  /** "must have", "should be", "is required to possess", in lower case: a requirement of the subject. */
  private static final Pattern REQUIRED_VERB = Pattern.compile(
      "\\b(?:must|should|required to) (?:also )?(?:have|be|hold|possess)\\b");
  private static final int MAX_REQUIREMENT_SUBJECT_WORDS = 4;
  /** "Great communication and people skills are a must.": the thing required, then the verdict. */
  private static final Pattern MUST_HAVE_THING = Pattern.compile("\\b(?:is|are) (?:an? )?(?:absolute )?must\\b");
  /**
   * "seeking an attorney with", "looking for HVAC service tech with": the person sought and what
   * they come with, within a few words; bounded so that it stays linear on any sentence.
   */
  private static final Pattern SEEKING_WITH = Pattern.compile(
      "\\b(?:seeking|looking for|searching for|in search of|hiring|need for)(?: [\\w/&.'-]+){1,8}? with:? ");
  /**
   * "This is a key leadership role that requires strong analytical skills": what the role requires
   * of whoever fills it.
   */
  private static final Pattern ROLE_REQUIRES = Pattern.compile(
      "\\b(?:role|position|job)(?: that| which)? (?:also )?requires? ");
  /**
   * "Yrs. of experience: 8+ Yrs.", "Exp: 10+ years", "Experience Level : 12-15 Years": the label
   * of a posting's header lines that states the experience asked for. Every part is bounded, so
   * that it stays linear on any text.
   */
  private static final Pattern EXPERIENCE_LABEL = Pattern.compile(
      "\\b(?:(?:years?|yrs\\.?) of (?:relevant )?(?:experience|exp\\.?)|(?:required |minimum )?experience"
          + "(?: required| level)?|exp\\.?) ?[:\u2013-] ?(?:minimum |min\\.? |at least )?"
          // "12-15 YearsInterview Mode": a capital after the unit is the next label, glued
          + "\\d{1,2} ?\\+? ?(?:(?:-|to) ?\\d{1,2} ?\\+? ?)?(?:years?|yrs?)(?!(?-i:[a-z]))\\.?",
      Pattern.CASE_INSENSITIVE);
  /** Subjects of "must be" that are not the person sought: "Applications must be received by ...". */
  private static final Set<String> NOT_A_CANDIDATE = Set.of(
      "application", "applications", "resume", "resumes", "cv", "cvs", "document", "documents",
      "form", "forms", "submission", "submissions", "email", "emails", "we", "our", "position",
      "role", "schedule", "hours", "shift", "shifts", "work", "it", "this", "there", "materials");

  private final ContentCues cues;

  RequirementStatements(ContentCues cues) {
    this.cues = cues;
  }

  /**
   * Whether the sentence states a requirement of the person sought: the person sought "with" it,
   * the role requiring it, or a subject that must have it; never the company speaking of itself.
   */
  boolean states(String sentence) {
    // the subject and verb are at the start: one lower-cased head serves every reading
    String t = DutyStatements.head(sentence).toLowerCase(Locale.ROOT);
    return requiresAfter(SEEKING_WITH, t) || requiresAfter(ROLE_REQUIRES, t)
        || statesRequirement(t) && !ProseItems.companySpeaks(sentence);
  }

  /**
   * The experience labels of a header line, as written ("Location: Southlake, TX Yrs. of
   * experience: 8+ Yrs.Mode of employment: Full-Time" gives "Yrs. of experience: 8+ Yrs."): the
   * label is the requirement, not the line.
   */
  static List<String> experienceLabels(String sentence) {
    List<String> out = new ArrayList<>();
    Matcher label = EXPERIENCE_LABEL.matcher(sentence);
    while (label.find()) {
      out.add(label.group().strip());
    }
    return out;
  }

  /**
   * Whether the lead-in matches and what follows it reads as a requirement: "We are seeking a
   * Physician Assistant with | a minimum of 1-2 years of practical experience", "The role
   * requires | strong analytical skills". "with or without" is no requirement.
   */
  private boolean requiresAfter(Pattern leadIn, String lowerHead) {
    Matcher m = leadIn.matcher(lowerHead);
    return m.find() && !lowerHead.startsWith("or without", m.end())
        && cues.isRequirement(lowerHead.substring(m.end()));
  }

  /**
   * "Instructor must have their CPR certification.", "Minimum 5 yrs. on the job": a sentence
   * opening with "Must", "Minimum", "At least" or "If you have", one that calls a thing "a must",
   * or one whose subject of a few words, never an application or a document, "must" or "should"
   * have, be, hold or possess something; {@code t} is the sentence's head in lower case.
   */
  private static boolean statesRequirement(String t) {
    if (t.startsWith("must ") || t.startsWith("minimum ") || t.startsWith("at least ")
        || t.startsWith("if you have ") || MUST_HAVE_THING.matcher(t).find()) {
      return true;
    }
    Matcher m = REQUIRED_VERB.matcher(t);
    if (!m.find()) {
      return false;
    }
    String subject = t.substring(0, m.start()).strip();
    if (subject.isEmpty()) {
      return true;
    }
    String[] words = subject.split(" ");
    if (words.length > MAX_REQUIREMENT_SUBJECT_WORDS) {
      return false;
    }
    for (String w : words) {
      if (NOT_A_CANDIDATE.contains(w)) {
        return false;
      }
    }
    return true;
  }

  /** Whether a sentence opens with "The ideal candidate will have", "An ideal candidate should possess" and the like. */
  static boolean opensIdealCandidate(String sentence) {
    return IDEAL_CANDIDATE.matcher(sentence).region(0, Math.min(sentence.length(), 80)).lookingAt();
  }
}
