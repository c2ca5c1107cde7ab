package io.github.jobnorm.normalize;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a prose sentence says what the person hired does: "You will develop ...", "The Project
 * Estimator will manage ...", "The Project Engineer assists the Superintendents ...". The subject
 * must be the person hired, never the company, a team or a manager, and the verb a duty verb of
 * {@code section-cues.txt}.
 */
final class DutyStatements {
  /** Subjects that are the person hired: "you will ...", "the successful candidate will ...". */
  private static final Set<String> PERSON = Set.of(
      "you", "they", "he or she", "she or he", "he/she", "the successful candidate",
      "the candidate", "the successful applicant", "the selected candidate", "this person",
      "this individual", "the individual", "the incumbent", "the employee", "the intern",
      "this role", "this position", "the role", "the position", "the hire", "the new hire",
      "candidates", "successful candidates", "the successful candidates");
  /** Words that make a "The ... will" subject something other than the person hired. */
  private static final Set<String> NOT_PERSON = Set.of(
      "company", "team", "firm", "organization", "organisation", "we", "our", "department",
      "business", "employer", "agency", "client", "clients", "program", "programme", "manager",
      "supervisor", "group", "office", "university", "school", "store", "hospital", "center",
      "centre", "training", "salary", "pay", "schedule", "interview", "process", "application",
      "applicant", "applicants");
  /** Subjects of a present-tense statement: "you", "they" speak of the reader in the ad's voice. */
  private static final Set<String> NOT_PRESENT_SUBJECT = Set.of("you", "they");
  /** How the words for a person in a job title end: engineer, director, specialist, assistant, ... */
  private static final List<String> PERSON_ENDINGS = List.of(
      "er", "or", "ist", "ant", "ent", "ian", "ive", "ee");
  /** Words for a person that end otherwise; "climate", "project", "clinic" end the same way. */
  private static final Set<String> PERSON_WORDS = Set.of(
      "candidate", "associate", "advocate", "graduate", "delegate", "nurse", "architect",
      "mechanic", "medic", "intern", "chef", "clerk", "aide", "coach", "guide", "host");
  /** Fillers between "will" and the duty verb. */
  private static final List<String> FILLERS = List.of(
      "also ", "primarily ", "mainly ", "directly ", "be expected to ", "be asked to ",
      "be required to ", "need to ", "have the opportunity to ");
  /**
   * What follows a duty verb to say where, when or to whom rather than what: "You will work from
   * home", "This position reports to the Program Manager".
   */
  private static final List<String> NO_DUTY = List.of(
      "work at ", "work from ", "work remotely", "work onsite", "work on-site", "work on site",
      "work a ", "work full", "work part", "work hybrid", "report to ", "report directly to ");
  /**
   * The duty verb that after "you will" speaks of what the person gets ("You will receive a
   * bonus"). "get", "gain", "earn", "enjoy", "have", "join", "learn" are no duty verbs: the duty
   * check rejects them already.
   */
  private static final String PERK = "receive ";
  /** The person sought and a "to" after a few words: bounded, so that it stays linear. */
  private static final Pattern SEEKING_TO = Pattern.compile(
      "\\b(?:seeking|seeks|looking for|searching for|hiring) (?:an?|the|two|several|multiple)"
          + "(?: [\\w/&'-]+){1,8}? to ");
  /**
   * Duty verbs that after "seeking a ... to" state a purpose, a place or a start, not a duty: "to
   * help us grow", "to work within the team", "to take on the role", "to serve their patients".
   */
  private static final Set<String> VAGUE_PURPOSE = Set.of(
      "help", "play", "make", "advance", "work", "take", "serve", "join", "fill", "cover", "be");
  /** "Under general direction", "under the supervision of the Director": who directs, not a duty. */
  private static final Pattern SUPERVISION = Pattern.compile("\\b(?:direction|supervision)\\b");
  private static final int MAX_UNDER_CLAUSE = 80;
  /** How far into the words after "be" a statement of duties must start. */
  private static final int OPENING = 40;
  private static final int MAX_PLURAL_TITLE_WORDS = 4;
  /** A subject longer than this is not "The <job title>". */
  private static final int MAX_SUBJECT_WORDS = 6;
  /** Only the start of a sentence holds its subject and verb. */
  private static final int READ_LIMIT = 200;

  private final ContentCues cues;

  DutyStatements(ContentCues cues) {
    this.cues = cues;
  }

  /** Whether the sentence says, in the future or the present, what the person hired does. */
  boolean states(String sentence) {
    return willDo(sentence) || doesNow(sentence);
  }

  /**
   * "We are seeking a Blog Writer and Virtual Assistant to craft engaging ... blog posts": the
   * person sought, and what for, when that is a duty verb ("to join our team" is not).
   */
  boolean seeksTo(String sentence) {
    String lower = head(sentence).toLowerCase(Locale.ROOT);
    Matcher m = SEEKING_TO.matcher(lower);
    if (!m.find()) {
      return false;
    }
    String sought = lower.substring(m.start(), m.end());
    String rest = lower.substring(m.end());
    // "looking for an exciting opportunity to make a difference" is the reader's wish; "to help us
    // grow", "to play an important role" say nothing of what the work is
    return !sought.contains("opportunit") && !sought.contains(" able ") && !sought.contains(" who ")
        && !VAGUE_PURPOSE.contains(rest.substring(0, Math.max(0, rest.indexOf(' '))))
        && cues.isDuty(rest) && !saysNoDuty(rest);
  }

  /** "You will develop ...", "The Project Estimator will manage ...": the person hired, then a duty verb. */
  boolean willDo(String sentence) {
    // "you'll" is "you will"; the written form keeps its length for the capital check below
    String t = head(sentence).replace("\u2019ll ", " will ").replace("'ll ", " will ");
    String lower = t.toLowerCase(Locale.ROOT);
    int will = HeadingPhrases.indexOfWord(lower, "will");
    if (will == 0 && lower.startsWith("will be ")) {
      // a list item without its subject: "Will be assisting within two departments", "Will be
      // responsible for ..."; "Will train the right person" is the employer's
      return beDoing(lower.substring(8));
    }
    if (will <= 0) {
      return false;
    }
    String subject = lower.substring(0, will).strip();
    int comma = subject.lastIndexOf(',');
    if (comma >= 0) {
      // "In this role, you will ...", "As a Generalist, you will ..."
      subject = subject.substring(comma + 1).strip();
    } else if ((subject.startsWith("as ") || subject.startsWith("in ")) && subject.endsWith(" you")) {
      // "As an Assistant Director you will assist ...": the comma left out
      subject = "you";
    }
    if (!isPerson(subject, t.substring(0, will).strip())) {
      return false;
    }
    String rest = lower.substring(will + 4).strip();
    if (subject.contains("candidate") && (rest.startsWith("need to ") || rest.startsWith("be required to "))) {
      // "Candidates will need to provide references": a step of applying, not a duty
      return false;
    }
    for (String filler : FILLERS) {
      if (rest.startsWith(filler)) {
        rest = rest.substring(filler.length());
      }
    }
    if (rest.startsWith(PERK) || rest.startsWith("be working out ")) {
      // "You'll be working out and making money": exercise, not a duty
      return false;
    }
    if (rest.startsWith("be ")) {
      return beDoing(rest.substring(3));
    }
    // "You will commonly work with multiple clients": the duty check passes over the adverb
    return cues.isDuty(rest) && !saysNoDuty(rest);
  }

  /**
   * Whether the words after "will be" state a duty: the -ing form of a duty verb ("leading
   * multiple projects"), or a statement of duties ("responsible for ...", "in charge of").
   */
  private boolean beDoing(String verb) {
    int end = verb.indexOf(' ');
    return (end < 0 ? verb : verb.substring(0, end)).endsWith("ing") && cues.isDuty(verb)
        || cues.isDutyStatement(verb.length() > OPENING ? verb.substring(0, OPENING) : verb);
  }

  /**
   * "The Project Engineer assists the Superintendents ...", "This position administers the
   * benefits programs": the person hired, then a duty verb in the third person.
   */
  boolean doesNow(String sentence) {
    String t = head(sentence);
    String lower = t.toLowerCase(Locale.ROOT);
    int comma = lower.indexOf(", ");
    if (lower.startsWith("under ") && comma > 0 && comma <= MAX_UNDER_CLAUSE
        && SUPERVISION.matcher(lower.substring(0, comma)).find()) {
      // "Under general direction, the Counselor supports ...", or without the subject, as job
      // specifications write it: "Under the direction of a registered nurse, monitors ..."
      t = t.substring(comma + 2);
      lower = lower.substring(comma + 2);
      if (presentDuty(lower)) {
        return true;
      }
    }
    int end = -1;
    for (int words = 1; words <= MAX_SUBJECT_WORDS; words++) {
      end = lower.indexOf(' ', end + 1);
      if (end < 0) {
        return false;
      }
      String subject = lower.substring(0, end);
      String rest = lower.substring(end + 1);
      if (rest.startsWith("also ")) {
        // "This position also supports ..."
        rest = rest.substring(5);
      }
      // the subject is tried first: most subjects of up to six words name no person
      if (namesAPerson(subject) && (presentDuty(rest) || isResponsible(rest))
          && isPerson(subject, t.substring(0, end))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the words open with a duty verb in the third person ("assists the Superintendents",
   * "recruits, trains and schedules"), its verb ending at a comma.
   */
  private boolean presentDuty(String rest) {
    int verbEnd = 0;
    while (verbEnd < rest.length() && Character.isLetter(rest.charAt(verbEnd))) {
      verbEnd++;
    }
    String verb = rest.substring(0, verbEnd);
    return verb.length() > 2 && verb.endsWith("s") && cues.isDuty(rest)
        && !saysNoDuty(verb.substring(0, verb.length() - 1) + rest.substring(verb.length()));
  }

  /** "is responsible for directing ...", "is primarily responsible for": a statement of duties. */
  private boolean isResponsible(String rest) {
    if (!rest.startsWith("is ")) {
      return false;
    }
    String after = rest.substring(3);
    return cues.isDutyStatement(after.length() > OPENING ? after.substring(0, OPENING) : after);
  }

  /**
   * Whether a present-tense subject names the person hired: "this position", or a title ending in
   * a word for a person ("Engineer", "Coordinator", "Specialist", "Associate"). A company's name
   * ("The Morgan Library & Museum receives ...") and the ad's "you" and "they" do not.
   */
  private static boolean namesAPerson(String subject) {
    if (PERSON.contains(subject)) {
      return !NOT_PRESENT_SUBJECT.contains(subject);
    }
    return endsInAPersonWord(subject);
  }

  /**
   * "Interior Designers will work ...", "Project Managers will also need to communicate ...":
   * a job title in the plural, each word capitalized, its last a word for a person.
   */
  private static boolean isPluralTitle(String subject, String asWritten) {
    String[] words = asWritten.split(" ");
    if (words.length > MAX_PLURAL_TITLE_WORDS || !subject.endsWith("s")) {
      return false;
    }
    for (String w : words) {
      if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))
          || NOT_PERSON.contains(w.toLowerCase(Locale.ROOT))) {
        return false;
      }
    }
    return endsInAPersonWord(subject.substring(0, subject.length() - 1));
  }

  private static boolean endsInAPersonWord(String subject) {
    int of = subject.indexOf(" of ");
    // "the Director of Psychosocial Rehabilitative Services": the person is named before "of"
    String title = of > 0 ? subject.substring(0, of) : subject;
    String last = title.substring(title.lastIndexOf(' ') + 1);
    if (PERSON_WORDS.contains(last)) {
      return true;
    }
    if (last.endsWith("ment")) {
      // "the environment", "the equipment"
      return false;
    }
    for (String ending : PERSON_ENDINGS) {
      if (last.endsWith(ending)) {
        return true;
      }
    }
    return false;
  }

  private static boolean saysNoDuty(String fromVerb) {
    for (String phrase : NO_DUTY) {
      if (fromVerb.startsWith(phrase)) {
        return true;
      }
    }
    return false;
  }

  /** The start of a sentence, which holds its subject and verb: what both readers look at. */
  static String head(String sentence) {
    return sentence.length() > READ_LIMIT ? sentence.substring(0, READ_LIMIT) : sentence;
  }

  private static boolean isPerson(String subject, String asWritten) {
    if (PERSON.contains(subject)) {
      return true;
    }
    if (!subject.startsWith("the ")) {
      return isPluralTitle(subject, asWritten);
    }
    String[] words = subject.split(" ");
    if (words.length > MAX_SUBJECT_WORDS) {
      return false;
    }
    for (String w : words) {
      if (NOT_PERSON.contains(w)) {
        return false;
      }
    }
    // "The Project Estimator": a job title is written in capitals; "the architect", "the ideal
    // candidate" name a person in lower case
    int comma = asWritten.lastIndexOf(',');
    String written = comma >= 0 ? asWritten.substring(comma + 1).strip() : asWritten;
    return written.length() > 4 && Character.isUpperCase(written.charAt(4))
        || endsInAPersonWord(subject);
  }
}
