package io.github.jobnorm.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import io.github.jobnorm.model.SectionKind;

/**
 * Entries from prose, for postings that state duties or requirements in sentences rather than in
 * a list: the sentences of a paragraph under a duties or requirements heading, and the sentences
 * of a role summary that state what the person will do ("The Estimator will be responsible for
 * managing costs, ..."; "They will conduct user research, ..."). A sentence is kept as written;
 * nothing is reworded or split further.
 */
final class ProseItems {
  /** Words that end with a period without ending a sentence. */
  private static final Set<String> ABBREVIATIONS = Set.of(
      "e.g", "eg", "i.e", "ie", "etc", "inc", "ltd", "llc", "co", "corp", "mr", "mrs", "ms", "dr",
      "st", "no", "vs", "approx", "dept", "jr", "sr", "u.s", "a.m", "p.m", "ph.d", "min", "max",
      "incl", "esp", "fig", "est", "yrs", "hrs", "mo", "wk");
  /** How far into a sentence a statement of duties must start to open it. */
  private static final int OPENING = 40;
  private static final int MIN_WORDS = 3;
  /** A list under a heading naming no duties is read for them only when this long. */
  private static final int MIN_LISTED_DUTIES = 3;
  /** How many of such a list's items must open with a duty verb. */
  private static final double MIN_DUTY_SHARE = 0.5;
  private static final int WORD_LOOKBACK = 12;
  /**
   * Sentences outside a duties or requirements section are taken only in runs this long: one
   * sentence opening with "Work" or "Strong" may be anything, two in a row are a lost list.
   */
  private static final int MIN_RUN = 2;
  /** Only the start of a long sentence is read for words addressing the reader. */
  private static final int READ_LIMIT = 1500;

  private final ContentCues cues;
  private final DutyStatements duties;
  private final RequirementStatements requirements;

  ProseItems(ContentCues cues) {
    this.cues = cues;
    this.duties = new DutyStatements(cues);
    this.requirements = new RequirementStatements(cues);
  }

  /**
   * The sentences of a prose section, one entry each; lead-ins ending with a colon and fragments
   * of fewer than three words are left out.
   */
  List<String> sentences(String text) {
    List<String> out = new ArrayList<>();
    if (text == null) {
      return out;
    }
    int n = text.length();
    int start = 0;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        add(out, text, start, i);
        start = i + 1;
      } else if ((c == '.' || c == '!' || c == '?') && endsSentence(text, i)) {
        add(out, text, start, i + 1);
        start = i + 1;
      }
    }
    add(out, text, start, n);
    return out;
  }

  /**
   * The sentences of the first paragraph of a duties section written as prose that read as
   * duties: opening with a duty verb ("Assist in managing ..."), or saying what the person hired
   * will do. Later paragraphs are left out: a heading lost in flattened text makes a section run
   * on into the company's blurb and legal notices, which are no entries.
   */
  List<String> duties(String text) {
    return select(sentences(firstParagraph(text)), s -> cues.isDuty(s) || isDutyStatement(s));
  }

  /**
   * As {@link #duties}, for a requirements section: the sentences worded as something the
   * candidate must or should have, without those where the company speaks of itself ("We offer
   * ...") or that read as a perk, pay or legal notice.
   */
  List<String> requirements(String text) {
    return select(sentences(firstParagraph(text)), s -> (cues.isRequirement(s)
        || cues.isPreferred(s) || cues.opensRequirement(s) || ContentCues.isMarkedQualification(s))
        && !companySpeaks(s)
        && !cues.isBenefit(s) && cues.noticeKind(s) == null);
  }

  private static String firstParagraph(String text) {
    if (text == null) {
      return "";
    }
    int blank = text.indexOf("\n\n");
    return blank < 0 ? text : text.substring(0, blank);
  }

  /** Whether the sentence is the company speaking of itself: "We offer ...", "Our team is ...". */
  static boolean companySpeaks(String s) {
    return s.regionMatches(true, 0, "we ", 0, 3) || s.regionMatches(true, 0, "our ", 0, 4);
  }

  /** The sentences of a role summary ({@link #sentences}) that state duties of the person hired. */
  List<String> dutyStatements(List<String> sentences) {
    return select(sentences, this::isDutyStatement);
  }

  /**
   * As {@link #dutyStatements}, for sections that are not the role's (an unknown heading, a pay
   * notice): only sentences that open by stating duties ("You will be responsible for ...",
   * "Responsible for ..."), not one that mentions a responsibility in passing ("otherwise the
   * agent is responsible for this cost").
   */
  List<String> openingDutyStatements(List<String> sentences) {
    // "They will provide valuable insights": outside the role summary "they" may be anyone
    return select(sentences, s -> !companySpeaks(s) && !s.startsWith("They ")
        && (cues.isDutyStatement(s.length() > OPENING ? s.substring(0, OPENING) : s)
            || duties.states(s)));
  }

  /**
   * The sentences of a role summary that name the person sought and the duty they are sought for
   * ("We are seeking a Blog Writer and Virtual Assistant to craft engaging ... blog posts"): the
   * last reading of duties, as such a sentence states one duty at most.
   */
  List<String> soughtFor(List<String> sentences) {
    return select(sentences, duties::seeksTo);
  }

  /**
   * The duties of a list under a heading that names no duties ("Your Role:Investigate and
   * implement ...Conceive valuation strategies...", or no heading at all): the list's items, the
   * lines of its text, or the items glued together in one line ("Your day to day will look
   * like...Managing social media content calendarCreating engaging social media posts..."), when
   * there are {@value #MIN_LISTED_DUTIES} or more and at least half open with a duty verb; of
   * them only those that do, so that nothing else in the list is taken for a duty.
   */
  List<String> listedDuties(List<String> items, String text) {
    if (!items.isEmpty() || text == null) {
      return dutiesAmong(items);
    }
    List<List<String>> lines = new ArrayList<>();
    List<String> candidates = new ArrayList<>();
    for (String line : text.split("\n", -1)) {
      if (!line.isBlank()) {
        // the blank line between paragraphs is no item
        lines.add(FusedItems.split(line));
        candidates.addAll(lines.get(lines.size() - 1));
      }
    }
    List<String> out = dutiesAmong(candidates);
    if (out.isEmpty()) {
      // the text is no list of duties, but a line of it may be one
      for (List<String> pieces : lines) {
        out.addAll(dutiesAmong(pieces));
      }
    }
    return out;
  }

  private List<String> dutiesAmong(List<String> candidates) {
    List<String> out = new ArrayList<>();
    if (candidates.size() < MIN_LISTED_DUTIES
        || cues.share(candidates, SectionKind.RESPONSIBILITIES) < MIN_DUTY_SHARE) {
      return out;
    }
    for (String c : candidates) {
      // "...SponsorshipsOur company is committed to ... an equal opportunity employer": a notice
      // glued to the last duty is no duty
      if (cues.isDuty(c) && cues.noticeKind(c) == null && !cues.isBenefit(c)) {
        out.add(c);
      }
    }
    return out;
  }

  /**
   * Duties written outside a duties section, its heading lost or never written ("Job description:
   * Provides support to end users on a variety of issues. Identifies, researches, and resolves
   * technical problems."): runs of {@value #MIN_RUN} or more consecutive sentences or items, each
   * opening with a capitalized duty verb, in base, third-person or -ing form. A sentence that
   * addresses the reader ("Set your own hours") or reads as a perk or notice ends a run.
   */
  List<String> dutyRuns(List<String> sentences) {
    return runs(sentences, s -> Character.isUpperCase(s.charAt(0)) && cues.isDuty(s)
        && !addressesReader(s) && !cues.isBenefit(s) && cues.noticeKind(s) == null);
  }

  /**
   * Requirements written outside a requirements section ("Must be able to communicate with all
   * levels of the organization. Must be able to communicate with third-party vendors."): runs of
   * {@value #MIN_RUN} or more consecutive sentences or items, each opening with a requirement
   * word ("Experience", "Must", "Ability") and worded as a requirement, as an item of a duties
   * list must be to count as one ({@link ContentCues#isListedRequirement}).
   */
  List<String> requirementRuns(List<String> sentences) {
    return runs(sentences, cues::isListedRequirement);
  }

  /**
   * Requirements stated of the person sought outside a requirements section ("The ideal candidate
   * will have expertise in ServiceNow platform along with a strong background in integrations."):
   * the sentences that open with such a subject and "will", "should", "must" or "would" "have" or
   * "possess", and are worded as a requirement, never a perk or notice.
   */
  List<String> idealCandidate(List<String> sentences) {
    return select(sentences, s -> RequirementStatements.opensIdealCandidate(s)
        && (cues.isRequirement(s) || cues.isPreferred(s))
        && !cues.isBenefit(s) && cues.noticeKind(s) == null);
  }

  /**
   * Requirements stated in a single sentence of prose ("Minimum 5 yrs. on the job with mechanical
   * license.", "Instructor must have their CPR certification.", "The role requires strong
   * analytical skills ..."): the sentences that {@link RequirementStatements#states state one}
   * and are worded as a requirement, never a perk or notice; of a header line of labels, its
   * experience label alone ("Yrs. of experience: 8+ Yrs.").
   */
  List<String> requirementStatements(List<String> sentences) {
    List<String> out = new ArrayList<>();
    for (String s : sentences) {
      if (cues.isBenefit(s) || cues.noticeKind(s) != null) {
        continue;
      }
      if (requirements.states(s) && (cues.isRequirement(s) || cues.isPreferred(s))) {
        out.add(s);
        continue;
      }
      out.addAll(RequirementStatements.experienceLabels(s));
    }
    return out;
  }

  private static List<String> select(List<String> sentences, Predicate<String> holds) {
    List<String> out = new ArrayList<>();
    for (String s : sentences) {
      if (holds.test(s)) {
        out.add(s);
      }
    }
    return out;
  }

  private static List<String> runs(List<String> sentences, Predicate<String> holds) {
    List<String> out = new ArrayList<>();
    List<String> run = new ArrayList<>();
    for (String s : sentences) {
      if (holds.test(s)) {
        run.add(s);
        continue;
      }
      if (run.size() >= MIN_RUN) {
        out.addAll(run);
      }
      run.clear();
    }
    if (run.size() >= MIN_RUN) {
      out.addAll(run);
    }
    return out;
  }

  private static boolean addressesReader(String s) {
    String t = (s.length() > READ_LIMIT ? s.substring(0, READ_LIMIT) : s).toLowerCase(Locale.ROOT);
    return HeadingPhrases.indexOfWord(t, "you") >= 0 || HeadingPhrases.indexOfWord(t, "your") >= 0;
  }

  private boolean isDutyStatement(String s) {
    // "We are responsible for ...": the company speaking of itself
    return !companySpeaks(s) && (cues.isDutyStatement(s) || duties.states(s));
  }

  /**
   * A period, "!" or "?" ends a sentence when a capital, digit or quote follows after space, or
   * a capital follows at once after a lowercase word ("staff.New vendor"), unless the word is an
   * abbreviation or an initial.
   */
  private static boolean endsSentence(String text, int at) {
    int n = text.length();
    int next = at + 1;
    if (next >= n) {
      return true;
    }
    char after = text.charAt(next);
    boolean spaced = Character.isWhitespace(after);
    int j = next;
    while (j < n && text.charAt(j) == ' ') {
      j++;
    }
    if (j >= n) {
      return true;
    }
    char first = text.charAt(j);
    if (text.charAt(at) != '.') {
      return spaced && startsSentence(first);
    }
    if (at == 0 || !Character.isLetter(text.charAt(at - 1))) {
      // "(SoC). You", "2024. The": no abbreviation ends this way; "2.5" has no space after
      return spaced && startsSentence(first);
    }
    int w = at;
    // bounded, so that a run of "a.a.a.a" stays linear; no abbreviation is longer
    while (w > 0 && at - w < WORD_LOOKBACK
        && (Character.isLetter(text.charAt(w - 1)) || text.charAt(w - 1) == '.')) {
      w--;
    }
    String word = text.substring(w, at).toLowerCase(Locale.ROOT);
    if (word.length() <= 1 || ABBREVIATIONS.contains(word)) {
      return false;
    }
    if (spaced) {
      return startsSentence(first) || Bullets.isLetterMarker(text, j);
    }
    return Character.isUpperCase(after) && word.length() >= 3
        && Character.isLowerCase(text.charAt(at - 1));
  }

  private static boolean startsSentence(char c) {
    return Character.isUpperCase(c) || Character.isDigit(c) || c == '"' || c == '\u201C'
        || c == '(' || c == '\'';
  }

  private static void add(List<String> out, String text, int from, int to) {
    String s = Bullets.strip(text.substring(from, to).strip());
    if (Bullets.isLetterMarker(s, 0)) {
      // "b. Develop and manage timelines": the entry is the item, without its letter
      s = s.substring(3);
    }
    // "Doctorate (Required)" is short, and still a qualification
    if (s.isEmpty() || s.endsWith(":")
        || words(s) < MIN_WORDS && !ContentCues.isMarkedQualification(s)) {
      return;
    }
    out.add(s);
  }

  private static int words(String s) {
    int count = 0;
    boolean in = false;
    for (int i = 0; i < s.length() && count < MIN_WORDS; i++) {
      boolean letter = Character.isLetterOrDigit(s.charAt(i));
      if (letter && !in) {
        count++;
      }
      in = letter;
    }
    return count;
  }
}
