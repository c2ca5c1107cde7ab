package io.github.jobnorm.normalize;

import io.github.jobnorm.model.SectionKind;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads what a paragraph or list item is about from its words, with the cues of {@code
 * section-cues.txt}: duties, requirements, optional wording, perks, and the notices (EEO, how to
 * apply, pay) that become sections of their own.
 */
final class ContentCues {

  /** The cue categories of the rule file. */
  enum Category {
    DUTY,
    DUTY_STATEMENT,
    OPENER,
    REQUIREMENT,
    PREFERRED,
    QUALIFIER,
    BENEFIT,
    EEO,
    HOW_TO_APPLY,
    PAY
  }

  static final String RESOURCE = "section-cues.txt";
  /** Only the start of a long paragraph is read: notices are short, and this keeps us linear. */
  private static final int READ_LIMIT = 1500;
  /** "Only", "Daily" and shorter words ending in "ly" are no adverbs to pass over. */
  private static final int ADVERB_MIN = 6;
  private static final int MAX_LABEL_WORDS = 4;
  private static final int MAX_LABEL_CHARS = 40;
  /** "5+ years", "3-5 yrs", "two years", "Two (2) years": a number of years. */
  private static final Pattern YEARS = Pattern.compile("\\b(?:\\d{1,2}|one|two|three|four|five|six|seven"
      + "|eight|nine|ten)(?: \\(\\d{1,2}\\))?\\s?\\+?\\s?(?:-\\s?\\d{1,2}\\s?)?(?:years?|yrs?)\\b");
  private static final Pattern MONEY =
      Pattern.compile("[$£€₹¥]\\s?\\d|\\d\\s?(?:€|k\\b|eur\\b|usd\\b|gbp\\b|cad\\b|aud\\b|inr\\b)");
  private static final Pattern REQUIRED_WORD = Pattern.compile("(?<!not )\\b(?:required|must|mandatory)\\b");
  private static final ContentCues INSTANCE = new ContentCues(RuleFile.read(RESOURCE));

  private final Set<String> dutyVerbs = new HashSet<>();
  private final Set<String> openers = new HashSet<>();
  private final Map<Category, List<String>> phrases = new EnumMap<>(Category.class);
  /** ", ideally ": each qualifier as the opening of a clause, built once. */
  private final List<String> qualifierClauses = new ArrayList<>();

  ContentCues(List<RuleFile.Rule> rules) {
    for (Category c : Category.values()) {
      phrases.put(c, new ArrayList<>());
    }
    for (RuleFile.Rule r : rules) {
      Category c = Category.valueOf(r.key());
      String v = r.value().toLowerCase(Locale.ROOT);
      if (c == Category.DUTY) {
        dutyVerbs.add(v);
      } else if (c == Category.OPENER) {
        openers.add(v);
      } else if (c == Category.QUALIFIER) {
        qualifierClauses.add(", " + v + " ");
      } else {
        phrases.get(c).add(v);
      }
    }
  }

  static ContentCues get() {
    return INSTANCE;
  }

  /**
   * Whether an item opens with a duty verb, in base, third-person or -ing form. An adverb before
   * the verb ("Actively participate in ...") and a short label before a colon ("Account
   * Management: Support PR strategy ...") are passed over.
   */
  boolean isDuty(String item) {
    String w = firstWord(item);
    if (isDutyVerb(w)) {
      return true;
    }
    if (w.length() >= ADVERB_MIN && w.endsWith("ly")) {
      return isDutyVerb(firstWord(item.substring(firstWordEnd(item))));
    }
    String afterLabel = afterLabel(item);
    return afterLabel != null && isDutyVerb(firstWord(afterLabel));
  }

  /**
   * The text after a short label that opens an item ("Media Relations: Brainstorm ..."), when it
   * opens with a capital; else null. The label is one to {@value #MAX_LABEL_WORDS} capitalized
   * words; an "o" glyph after the colon ("Vision:o Define ...") is a bullet and is dropped.
   */
  private static String afterLabel(String item) {
    int colon = item.indexOf(':');
    if (colon <= 0 || colon > MAX_LABEL_CHARS || !Character.isUpperCase(item.charAt(0))) {
      return null;
    }
    int words = 1;
    for (int i = 0; i < colon; i++) {
      char c = item.charAt(i);
      if (c == ' ') {
        words++;
      } else if (!Character.isLetter(c) && c != '&' && c != '-' && c != '/') {
        return null;
      }
    }
    String rest = item.substring(colon + 1).strip();
    if (rest.startsWith("o ")) {
      rest = rest.substring(2).strip();
    }
    return words <= MAX_LABEL_WORDS && !rest.isEmpty() && Character.isUpperCase(rest.charAt(0))
        ? rest : null;
  }

  private boolean isDutyVerb(String w) {
    if (w.length() < 2) {
      return false;
    }
    if (dutyVerbs.contains(w)) {
      return true;
    }
    if (w.endsWith("ies") && dutyVerbs.contains(w.substring(0, w.length() - 3) + "y")) {
      // "Identifies", "Verifies"
      return true;
    }
    if (w.endsWith("es") && dutyVerbs.contains(w.substring(0, w.length() - 2))) {
      return true;
    }
    if (w.endsWith("s") && dutyVerbs.contains(w.substring(0, w.length() - 1))) {
      return true;
    }
    if (w.endsWith("ing") && w.length() > 5) {
      String stem = w.substring(0, w.length() - 3);
      boolean doubled = stem.length() > 2 && stem.charAt(stem.length() - 1) == stem.charAt(stem.length() - 2);
      return dutyVerbs.contains(stem)
          || dutyVerbs.contains(stem + "e")
          || (doubled && dutyVerbs.contains(stem.substring(0, stem.length() - 1)));
    }
    return false;
  }

  /** Whether a prose sentence says what the job's duties are ("will be responsible for ..."). */
  boolean isDutyStatement(String sentence) {
    return has(lower(sentence), Category.DUTY_STATEMENT);
  }

  /** Whether an item opens with a word that typically starts a requirement ("Experience", "Strong"). */
  boolean opensRequirement(String item) {
    return openers.contains(firstWord(item));
  }

  /** Whether an item reads as something the candidate must have. */
  boolean isRequirement(String item) {
    String t = lower(item);
    return has(t, Category.REQUIREMENT) || YEARS.matcher(t).find();
  }

  /**
   * Whether an item of a duties list is a requirement set among the duties ("Prior retail
   * experience is required.", "Valid Iowa Drivers License"): it opens as requirements do, is
   * worded as one, and is no duty, perk or notice.
   */
  boolean isListedRequirement(String item) {
    // the first-word checks first: most items of a duties list fail them
    return opensRequirement(item) && !isDuty(item)
        && (isRequirement(item) || isPreferred(item) || REQUIRED_WORD.matcher(lower(item)).find())
        && !isBenefit(item) && noticeKind(item) == null;
  }

  /**
   * Whether a line is a qualification marked as job boards print them, "(Required)" or
   * "(Preferred)" closing it: "Doctorate (Required)", "Health Insurance License (Preferred)".
   */
  static boolean isMarkedQualification(String line) {
    String t = line.strip();
    return endsWithIgnoringCase(t, "(required)") || endsWithIgnoringCase(t, "(preferred)");
  }

  private static boolean endsWithIgnoringCase(String t, String word) {
    return t.regionMatches(true, t.length() - word.length(), word, 0, word.length());
  }

  /** Whether a qualification is worded as optional ("is a plus"), and not also as required. */
  boolean isPreferred(String item) {
    String t = withoutQualifier(lower(item));
    return has(t, Category.PREFERRED) && !REQUIRED_WORD.matcher(t).find();
  }

  /**
   * An item and its optional part, when it states both in clauses split by "; " ("Fluent English;
   * French is a plus"): {required, preferred}; else null.
   */
  String[] splitRequiredAndOptional(String item) {
    int semi = item.indexOf("; ");
    if (semi <= 0 || item.indexOf("; ", semi + 2) >= 0) {
      return null;
    }
    String first = item.substring(0, semi).strip();
    String second = item.substring(semi + 2).strip();
    boolean firstOptional = isPreferred(first);
    boolean secondOptional = isPreferred(second);
    if (first.isEmpty() || second.isEmpty() || firstOptional == secondOptional) {
      return null;
    }
    return firstOptional ? new String[] {second, first} : new String[] {first, second};
  }

  /** The lower-cased item up to a ", ideally ..." clause that narrows it, or the whole item. */
  private String withoutQualifier(String t) {
    for (String clause : qualifierClauses) {
      int at = t.indexOf(clause);
      if (at > 0) {
        return t.substring(0, at);
      }
    }
    return t;
  }

  /** Whether an item names a perk. */
  boolean isBenefit(String item) {
    return has(lower(item), Category.BENEFIT);
  }

  /** EEO, HOW_TO_APPLY or PAY when a paragraph is such a notice, else null. */
  SectionKind noticeKind(String paragraph) {
    // a notice is a paragraph of its own; a long one that mentions "equal opportunity" is not
    if (paragraph.length() > READ_LIMIT) {
      return null;
    }
    String t = lower(paragraph);
    if (has(t, Category.EEO)) {
      return SectionKind.EEO;
    }
    if (has(t, Category.PAY) && MONEY.matcher(t).find()) {
      return SectionKind.PAY;
    }
    if (has(t, Category.HOW_TO_APPLY)) {
      return SectionKind.HOW_TO_APPLY;
    }
    return null;
  }

  /**
   * RESPONSIBILITIES, QUALIFICATIONS or BENEFITS when most items clearly read as such, else null.
   */
  SectionKind kindOfItems(List<String> items) {
    if (items.isEmpty()) {
      return null;
    }
    int duties = 0;
    int requirements = 0;
    int perks = 0;
    for (String item : items) {
      if (item.indexOf(' ') > 0 && HeadingLines.isShortTitle(item.replace(",", ""))) {
        // "Make Others Better", "Own Your Practice" under "The way we work": values, not tasks
        continue;
      }
      if (isDuty(item)) {
        duties++;
      } else if (isRequirement(item)) {
        requirements++;
      } else if (isBenefit(item)) {
        perks++;
      }
    }
    int n = items.size();
    if (duties * 5 >= n * 3) {
      return SectionKind.RESPONSIBILITIES;
    }
    if (requirements * 5 >= n * 3) {
      return SectionKind.QUALIFICATIONS;
    }
    if (perks * 5 >= n * 3) {
      return SectionKind.BENEFITS;
    }
    return null;
  }

  /** The share of items that read as items of a list kind: duties, requirements or perks. */
  double share(List<String> items, SectionKind kind) {
    if (items.isEmpty()) {
      return 0;
    }
    int hits = 0;
    for (String item : items) {
      boolean hit =
          switch (kind) {
            case RESPONSIBILITIES -> isDuty(item);
            case QUALIFICATIONS, PREFERRED_QUALIFICATIONS -> isRequirement(item);
            case BENEFITS -> isBenefit(item);
            default -> false;
          };
      hits += hit ? 1 : 0;
    }
    return hits / (double) items.size();
  }

  private boolean has(String lowerText, Category c) {
    for (String p : phrases.get(c)) {
      if (HeadingPhrases.indexOfWord(lowerText, p) >= 0) {
        return true;
      }
    }
    return false;
  }

  private static String lower(String s) {
    String head = s.length() > READ_LIMIT ? s.substring(0, READ_LIMIT) : s;
    return head.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
  }

  /** Where the first word of an item ends, its leading marks included. */
  private static int firstWordEnd(String item) {
    int i = 0;
    int n = Math.min(item.length(), 40);
    while (i < n && !Character.isLetter(item.charAt(i))) {
      i++;
    }
    while (i < n && Character.isLetter(item.charAt(i))) {
      i++;
    }
    return i;
  }

  private static String firstWord(String item) {
    if (Bullets.isLetterMarker(item, 0)) {
      // "a. Collaborate with ...", "b) Develop ...": a lettered item's marker
      item = item.substring(3);
    }
    int end = firstWordEnd(item);
    int start = end;
    while (start > 0 && Character.isLetter(item.charAt(start - 1))) {
      start--;
    }
    return item.substring(start, end).toLowerCase(Locale.ROOT);
  }

}
