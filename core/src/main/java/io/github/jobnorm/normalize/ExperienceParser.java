package io.github.jobnorm.normalize;

import io.github.jobnorm.model.YearsRange;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads required years of experience ("3+ years", "3-5 years of experience").
 *
 * <p>A number of years counts only when the words around it make it a requirement: "experience"
 * follows within a short span ("5+ years of hands-on Python experience") or precedes it
 * ("Experience: 3 years"), or it is worded as a minimum ("at least five years", "minimum of 2
 * years") in a sentence that speaks of work. "5 years in business" or "founded 20 years ago" in a
 * company blurb count for nothing.
 */
public final class ExperienceParser {
  private static final String NUM =
      "(\\d{1,2}(?:\\.5)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen"
          + "|twenty)";
  private static final Pattern YEARS = Pattern.compile(
      "\\b(?:(at least|minimum(?: of)?|min\\.?|a minimum of|over|more than|no less than) )?"
          + "(?:\\(?)" + NUM + "(?:\\))?(?: ?(\\+|plus))?(?: ?(?:-|\u2013|to|or) ?" + NUM
          + "(?: ?\\+)?)?(?: or more)? ?(?:\\(\\d{1,2}\\) )?(?:full[- ]time |professional |relevant )?"
          + "(?:years?|yrs?)(?:'|\u2019)?\\b");
  private static final Pattern EXPERIENCE_AFTER = Pattern.compile(
      "^[^.;\\n]{0,80}?\\b(?:experience|experienced|expertise|background|track record|working"
          + "|work(?:ed)? (?:in|as|with|on)|in (?:a|an|the) (?:similar|related)|practice|post"
          + "|hands-on|industry)\\b");
  private static final Pattern EXPERIENCE_BEFORE = Pattern.compile(
      "\\bexperience(?: required| level)?\\s?[:\\-\u2013]\\s?$|\\bexperience (?:of|with) $");
  private static final Pattern BLURB = Pattern.compile(
      "^\\s?(?:ago|old|of age|in business|of (?:operation|history|service|existence)|warranty"
          + "|in a row|running|later)\\b");

  private ExperienceParser() {}

  /** The first requirement of years of experience stated in the text, or empty. */
  public static Optional<Found<YearsRange>> find(CharSequence original) {
    if (original == null) {
      return Optional.empty();
    }
    String text = Fold.lowerSameLength(original);
    Matcher m = YEARS.matcher(text);
    while (m.find()) {
      CharSequence after = text.subSequence(m.end(), Math.min(text.length(), m.end() + 90));
      if (BLURB.matcher(after).find()) {
        continue;
      }
      CharSequence before = text.subSequence(Math.max(0, m.start() - 30), m.start());
      boolean stated = EXPERIENCE_AFTER.matcher(after).find()
          || EXPERIENCE_BEFORE.matcher(before).find();
      if (!stated) {
        continue;
      }
      BigDecimal min = number(m.group(2));
      BigDecimal max = m.group(4) == null ? null : number(m.group(4));
      if (min == null || min.signum() == 0 || (max != null && max.compareTo(min) < 0)) {
        continue;
      }
      if (max != null && max.compareTo(BigDecimal.valueOf(40)) > 0) {
        continue;
      }
      return Optional.of(new Found<>(new YearsRange(min, max),
          original.subSequence(m.start(), m.end()).toString(), m.start(), m.end()));
    }
    return Optional.empty();
  }

  private static BigDecimal number(String word) {
    if (word.indexOf('.') >= 0) {
      return new BigDecimal(word);
    }
    Integer n = NumberWords.value(word);
    return n == null ? null : BigDecimal.valueOf(n);
  }
}
