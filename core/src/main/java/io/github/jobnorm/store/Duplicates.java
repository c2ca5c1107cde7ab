package io.github.jobnorm.store;

/**
 * The rules that say two postings are the same job. Either:
 *
 * <ol>
 *   <li>{@link Rule#SAME_COMPANY_TITLE_PLACE}: both have a company and a title, the company keys
 *       and the title keys are equal ({@link JobKeys}), and some place of one overlaps some place
 *       of the other ({@link DuplicateKey.Place#overlaps}); or
 *   <li>{@link Rule#NEAR_IDENTICAL_DESCRIPTION}: both descriptions have at least {@value
 *       #MIN_WORDS} words, their SimHashes over three-word shingles differ in at most {@value
 *       #MAX_DISTANCE} of 64 bits, and the company keys do not differ (equal, or one unknown).
 * </ol>
 */
public final class Duplicates {
  /** The most bits two descriptions' SimHashes may differ in to be near-identical. */
  public static final int MAX_DISTANCE = 3;

  /** Descriptions shorter than this are never compared: short texts collide by chance. */
  public static final int MIN_WORDS = 50;

  /** Why two postings are the same job. */
  public enum Rule {
    /** Same company, same title, overlapping places. */
    SAME_COMPANY_TITLE_PLACE,
    /** Near-identical descriptions at a company that does not differ. */
    NEAR_IDENTICAL_DESCRIPTION
  }

  private Duplicates() {}

  /** The rule by which the two are the same job, or null when they are not. */
  public static Rule match(DuplicateKey a, DuplicateKey b) {
    if (a.company() != null && a.company().equals(b.company()) && a.title() != null
        && a.title().equals(b.title()) && a.placesOverlap(b)) {
      return Rule.SAME_COMPANY_TITLE_PLACE;
    }
    boolean companiesAgree =
        a.company() == null || b.company() == null || a.company().equals(b.company());
    if (companiesAgree && nearIdentical(a, b)) {
      return Rule.NEAR_IDENTICAL_DESCRIPTION;
    }
    return null;
  }

  /** Whether the descriptions are long enough and their SimHashes close enough. */
  static boolean nearIdentical(DuplicateKey a, DuplicateKey b) {
    return a.words() >= MIN_WORDS && b.words() >= MIN_WORDS
        && SimHash.distance(a.simhash(), b.simhash()) <= MAX_DISTANCE;
  }
}
