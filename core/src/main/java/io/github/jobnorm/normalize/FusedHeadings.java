package io.github.jobnorm.normalize;

import io.github.jobnorm.model.SectionKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds headings glued into running text whose newlines were lost on export: {@code
 * "...collaboration.Who you are:You must..."}, {@code "Job descriptionA leading firm..."}. A known
 * heading phrase starts a section when it begins a line or follows a sentence end, and is followed
 * by a colon or, glued, by a capital letter. One pass over the text, a few phrase probes per
 * capital letter.
 */
final class FusedHeadings {
  /** A phrase glued to the next word without a colon must be this long ("Job description"). */
  private static final int MIN_GLUED_PHRASE = 8;
  /** A capitalized phrase after a plain space starts a heading only when this long ("Responsibilities:"). */
  private static final int MIN_SPACED_PHRASE = 12;
  /** Words that open a sentence rather than a heading's own words. */
  private static final Set<String> DETERMINERS = Set.of(
      "our", "the", "your", "my", "their", "this", "these", "those", "a", "an", "we", "you");
  /** Capitalized words before a heading glued after a plain space that are taken into it. */
  private static final int MAX_WORDS_BEFORE = 4;
  /** A line this long whose sections are separated by spaces only had its newlines flattened. */
  private static final int FLATTENED_LINE = 300;

  private final HeadingPhrases phrases;

  FusedHeadings(HeadingPhrases phrases) {
    this.phrases = phrases;
  }

  /** The line cut into text and heading pieces, in order; a line without glued headings is one piece. */
  List<Block> split(String line) {
    List<Block> out = new ArrayList<>();
    int n = line.length();
    int textStart = 0;
    // an item never starts with a heading: its first word was glued to the item before it
    int itemStart = Bullets.markerLength(line);
    int i = itemStart;
    while (i < n) {
      // right after a cut-out heading is a line start: reading the output again must agree
      int end = i == itemStart && itemStart > 0 ? -1 : headingEnd(line, i, i == textStart);
      if (end < 0) {
        i++;
        continue;
      }
      int headingEnd = end;
      int next = end;
      while (next < n && (line.charAt(next) == ' ' || line.charAt(next) == ':')) {
        next++;
      }
      int start = startBefore(line, i, textStart);
      String before = line.substring(textStart, start).strip();
      if (!before.isEmpty()) {
        out.add(Block.paragraph(before));
      }
      out.add(Block.heading(line.substring(start, headingEnd).strip()));
      textStart = next;
      i = Math.max(next, i + 1);
    }
    if (out.isEmpty()) {
      out.add(Block.paragraph(line));
      return out;
    }
    String rest = line.substring(Math.min(textStart, n)).strip();
    if (!rest.isEmpty()) {
      out.add(Block.paragraph(rest));
    }
    return out;
  }

  /** The end of a heading starting at {@code i}, or -1 when none starts there. */
  private int headingEnd(String s, int i, boolean lineStart) {
    if (s.startsWith("**", i)) {
      return HeadingLabels.boldEnd(s, i, lineStart);
    }
    if (!Character.isUpperCase(s.charAt(i))) {
      return -1;
    }
    // a run of capitals glued to the next word is read whole: "ESSENTIAL DUTIES AND
    // RESPONSIBILITIESThe ...", not "ESSENTIAL DUTIES" followed by a space and a capital
    int end = capitalsEnd(s, i, lineStart);
    return end >= 0 ? end : knownEnd(s, i, lineStart);
  }

  /** The end of a heading of a known phrase or label starting at {@code i}, or -1. */
  private int knownEnd(String s, int i, boolean lineStart) {
    boolean glued = false;
    boolean sentenceStart = false;
    // where the capitalized words opening a sentence before the phrase start, or -1
    int opening = -1;
    boolean afterSpace = false;
    if (!lineStart) {
      char p = s.charAt(i - 1);
      if (Character.isLowerCase(p) || Character.isDigit(p) || ".!?):".indexOf(p) >= 0) {
        glued = true;
      } else if (p == ' ') {
        afterSpace = true;
        // "...effectively.  Requirements:": the spaces after a stop are as many as the export left
        int k = i - 1;
        while (k > 0 && s.charAt(k) == ' ') {
          k--;
        }
        sentenceStart = k < i - 1 && ".!?".indexOf(s.charAt(k)) >= 0;
        opening = sentenceStart ? -1 : capitalizedOpening(s, i);
        sentenceStart |= opening >= 0;
      } else {
        return -1;
      }
    }
    int end = phrases.phraseEnd(s, i);
    int colon = HeadingLabels.colon(s, i);
    // "QUALIFICATIONSEducation: ...": the known phrase ends at the glue, not at the colon
    boolean gluedAfter = end >= 0 && end < s.length() && Character.isLetter(s.charAt(end));
    if (opening == 0
        && phrases.classify(s.substring(0, colon >= 0 ? colon : Math.max(end, i))) == null) {
      // "Azure Cloud Engineer Work Location: Hartford": the words opening a line make a heading
      // with the phrase only when the whole names a kind; after "Job Role: " the same words are
      // a label's value, and both readings must agree
      sentenceStart = false;
    }
    if (colon >= 0 && !gluedAfter && (lineStart || glued || sentenceStart)
        && phrases.classify(s.substring(i, colon)) != null) {
      // "Knowledge, Skills and Abilities:", "Duties and responsibility:"
      return colon;
    }
    if (end >= 0 && end < s.length() && s.charAt(end) == '?' && !gluedAfter) {
      // "Wat ga je doen? Menzis heeft...": a question as heading
      end++;
    }
    if (end >= 0) {
      // after a plain space a label runs on into its text: one closing the line ("• Responsibilities
      // Include:") is read as the whole line, the glyph before it included
      boolean spacedLabel = end - i >= MIN_SPACED_PHRASE && colon + 1 < s.length();
      if (colon >= 0 && !gluedAfter && (lineStart || glued || sentenceStart || spacedLabel)) {
        // "Duties/Responsibilities:", "Who you are:": the label runs to the colon
        return colon;
      }
      if (afterSpace && !sentenceStart && end - i >= MIN_GLUED_PHRASE && gluedAfter
          && capitalThenLower(s, end) && s.charAt(i - 2) != ':'
          && phrases.classify(s.substring(i, end)) != SectionKind.EEO) {
        // "...Washington Role and ResponsibilitiesDetermine and define...": the glue into the
        // next word is unmistakable; split() takes the capitalized words before it along. After
        // a label ("Playing Experience: PreferredCollegiate ...") the phrase is its value.
        return end;
      }
      if (afterSpace && !sentenceStart) {
        // a flattened list runs into the next heading: "...talented engineers Qualifications Proficiency in..."
        // only list headings: "...this Candidate Privacy Notice" is a sentence, not a heading
        boolean headingLike = (end - i >= MIN_SPACED_PHRASE || (allCapitalized(s, i, end) && s.indexOf(' ', i) < end))
            && phrases.classify(s.substring(i, end)) != SectionKind.EEO;
        return s.length() >= FLATTENED_LINE && headingLike && spaceThenCapital(s, end) ? end : -1;
      }
      boolean long_ = end - i >= MIN_GLUED_PHRASE;
      if ((lineStart || glued || sentenceStart) && long_ && s.startsWith("- ", end)
          && s.length() > HeadingLines.MAX_CHARS
          && end + 2 < s.length() && Character.isUpperCase(s.charAt(end + 2))) {
        // "REQUIREMENTS- Proven working experience- Basic understanding ...": a dash list follows
        return end;
      }
      if ((lineStart || glued) && long_ && end < s.length() && Bullets.endsGluedHeading(s.charAt(end))) {
        // "Responsibilities· Administrative duties"; a dash or arrow is prose: "Job Description–Acme"
        return end;
      }
      if ((lineStart || glued || sentenceStart) && long_ && end < s.length() && Character.isUpperCase(s.charAt(end))) {
        return end;
      }
      int titled = lineStart ? HeadingLines.gluedTitleEnd(s, end) : -1;
      if (titled > 0 && SectionAssembler.LIST_KINDS.contains(phrases.classify(s.substring(i, titled)))) {
        // "Qualifications/How You Will Be SuccessfulMinimum of 1 year": the heading runs on in
        // Title Case to the glue
        return titled;
      }
      if ((lineStart || glued || sentenceStart) && long_ && end < s.length() && Character.isDigit(s.charAt(end))
          && !Character.isDigit(s.charAt(end - 1))) {
        // "Qualifications8+ years of...", "Job Requirements5+ years": a list opening with a number
        return end;
      }
      int note = HeadingLabels.noteEnd(s, end);
      if ((lineStart || glued || sentenceStart) && long_ && note >= 0) {
        // "...DiscountsJob duties(* denotes an \"essential function\")": a note in brackets closes
        // the heading and the line
        return note;
      }
      if (glued && long_ && end == s.length()) {
        return end;
      }
      // newlines flattened to spaces: "...getting started. Job Description As a Machine..."
      if (s.length() >= FLATTENED_LINE && long_ && spaceThenCapital(s, end)) {
        return end;
      }
      if (lineStart && end - i >= MIN_SPACED_PHRASE && spaceThenCapital(s, end)
          && s.length() > HeadingLines.MAX_CHARS && SectionAssembler.LIST_KINDS.contains(phrases.classify(s.substring(i, end)))) {
        // "Qualifications Valid driver's licenseClean driving record...": a list heading opening
        // a line too long to be a heading ("Responsibilities Include But Not Limited To"), the
        // list run on after a space
        return end;
      }
      return -1;
    }
    // an unknown label glued to its text: "Position Requirement Possibilities:A graduate..."
    if ((lineStart || glued) && colon >= 0 && colon + 1 < s.length() && Character.isUpperCase(s.charAt(colon + 1))) {
      return colon;
    }
    return -1;
  }

  /**
   * The end of a heading in capitals glued to the capitalized word after it, or -1: "...is
   * required. ESSENTIAL JOB DUTIESPerforms routine...", "...Investors PREFERRED
   * QUALIFICATIONSBachelor's degree". The glue is unmistakable, a capital run into a lower-case
   * letter; the run must be a known heading or hold a known heading phrase at word boundaries. A single word must
   * follow a line start, glue or sentence end; after a plain space it takes two words, as
   * "...work with SQLServer" is no heading. Only the start of a run of capitals is tried, and
   * the run is read at most a heading's length: each character is read a bounded number of times.
   */
  private int capitalsEnd(String s, int i, boolean lineStart) {
    boolean anywhere = lineStart;
    if (!lineStart) {
      char p = s.charAt(i - 1);
      if (Character.isUpperCase(p) || (p == ' ' && i >= 2 && Character.isUpperCase(s.charAt(i - 2)))) {
        // inside a run of capitals: its start was tried already
        return -1;
      }
      anywhere = Character.isLowerCase(p) || Character.isDigit(p) || ".!?):".indexOf(p) >= 0;
      if (!anywhere && p == ' ') {
        int k = i - 1;
        while (k > 0 && s.charAt(k) == ' ') {
          k--;
        }
        anywhere = ".!?".indexOf(s.charAt(k)) >= 0;
      } else if (!anywhere) {
        return -1;
      }
    }
    int limit = Math.min(s.length() - 1, i + HeadingLines.MAX_CHARS);
    int words = 1;
    int j = i;
    while (j < limit) {
      char c = s.charAt(j);
      if (Character.isUpperCase(c)) {
        if (Character.isLowerCase(s.charAt(j + 1))) {
          break;
        }
      } else if (c == ' ') {
        if (s.charAt(j - 1) == ' ') {
          return -1;
        }
        words++;
      } else if (c != '&' && c != '/' && c != ',' && c != '-' && c != '\'' && c != '\u2019') {
        return -1;
      }
      j++;
    }
    // j: the capital that starts the next word; the heading ends with a capital before it
    if (j >= limit || j - i < 4 || !Character.isUpperCase(s.charAt(j - 1)) || (words < 2 && !anywhere)) {
      return -1;
    }
    if (phrases.isKnown(s.substring(i, j))) {
      // a generic word as the whole heading: "...is required.EXPERIENCEMinimum 1 year"
      return j;
    }
    for (int w = i; w < j; w++) {
      if (w == i || s.charAt(w - 1) == ' ' || s.charAt(w - 1) == '/') {
        int end = phrases.phraseEnd(s, w);
        if (end >= 0 && end <= j && (end == j || !Character.isLetter(s.charAt(end)))) {
          return j;
        }
      }
    }
    return -1;
  }

  /**
   * Where the capitalized words of the heading whose phrase is at {@code i} start when they open
   * a sentence ({@link #startBefore}), else -1: "...potential available. General Job Duties
   * (including ...):Develop". At the line start a determiner opens a sentence, not a heading:
   * "Our Responsibilities2030 plan".
   */
  private static int capitalizedOpening(String s, int i) {
    int start = startBefore(s, i, 0);
    if (start == i) {
      return -1;
    }
    if (start == 0) {
      int firstEnd = s.indexOf(' ');
      return DETERMINERS.contains(s.substring(0, firstEnd).toLowerCase(Locale.ROOT)) ? -1 : 0;
    }
    return start >= 2 && s.charAt(start - 1) == ' ' && ".!?".indexOf(s.charAt(start - 2)) >= 0 ? start : -1;
  }

  /**
   * A word written with one capital, then lower case: "General", not "DETAILS" (a heading in
   * capitals is read whole by its own rule) nor "MandatoryProfessional" (two words glued).
   */
  private static boolean isCapitalizedWord(String word) {
    if (word.length() < 2 || !Character.isUpperCase(word.charAt(0))) {
      return false;
    }
    for (int k = 1; k < word.length(); k++) {
      if (!Character.isLowerCase(word.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  private static boolean capitalThenLower(String s, int at) {
    return at + 1 < s.length() && Character.isUpperCase(s.charAt(at))
        && Character.isLowerCase(s.charAt(at + 1));
  }

  /**
   * Where a heading found after a plain space really starts: the capitalized words and joining
   * words just before it belong to it ("Qualifications and Education RequirementsBachelor's",
   * "Project Engineer QualificationsCollege degree"), at most {@value #MAX_WORDS_BEFORE} of them,
   * back to a sentence end, a glued word, a comma or the start of the text. A heading in capitals is
   * left as found: "...Investors PREFERRED QUALIFICATIONSBachelor's".
   */
  private static int startBefore(String s, int at, int floor) {
    if (at <= floor || s.charAt(at - 1) != ' ' || !hasLowerCase(s, at, Math.min(s.length(), at + 4))) {
      return at;
    }
    int start = at;
    for (int words = 0; words < MAX_WORDS_BEFORE; words++) {
      int wordEnd = start - 1;
      if (wordEnd <= floor || s.charAt(wordEnd) != ' ') {
        return start;
      }
      int wordStart = wordEnd;
      while (wordStart > floor && Character.isLetter(s.charAt(wordStart - 1))) {
        wordStart--;
      }
      String word = s.substring(wordStart, wordEnd);
      boolean joins = word.equals("and") || word.equals("of");
      if (word.isEmpty() && wordEnd > floor && s.charAt(wordEnd - 1) == '&') {
        wordStart = wordEnd - 1;
        joins = true;
      }
      boolean listed = wordStart - 2 >= floor && s.startsWith(", ", wordStart - 2);
      if (!joins && !isCapitalizedWord(word) || listed) {
        // "Location: Renton, Washington Role and ...": a word after a comma ends a list or address
        return start;
      }
      start = wordStart;
      if (start <= floor || s.charAt(start - 1) != ' ') {
        // "permits.Qualifications and ...": glued to what came before, the heading starts here
        return joins ? at : start;
      }
    }
    return start;
  }

  private static boolean hasLowerCase(String s, int from, int to) {
    for (int k = from; k < to; k++) {
      if (Character.isLowerCase(s.charAt(k))) {
        return true;
      }
    }
    return false;
  }

  private static boolean spaceThenCapital(String s, int end) {
    return end + 1 < s.length() && s.charAt(end) == ' ' && Character.isUpperCase(s.charAt(end + 1));
  }

  /** Whether every word of s[from, to) starts with a capital ("Job Description", not "job description"). */
  private static boolean allCapitalized(String s, int from, int to) {
    for (int k = from; k < to; k++) {
      if ((k == from || s.charAt(k - 1) == ' ') && !Character.isUpperCase(s.charAt(k))) {
        return false;
      }
    }
    return true;
  }

}
