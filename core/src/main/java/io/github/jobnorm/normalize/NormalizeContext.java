package io.github.jobnorm.normalize;

import java.time.Instant;

/**
 * What the normalizer knows beyond the raw posting.
 *
 * @param referenceTime the time relative dates ("2 weeks ago") are resolved against when the
 *     posting has no fetch time; null leaves them unresolved, with a warning
 * @param countryHint ISO alpha-2 code of the country the postings are known to be in, or null
 */
public record NormalizeContext(Instant referenceTime, String countryHint) {
  /** No reference time, no country hint. */
  public static final NormalizeContext NONE = new NormalizeContext(null, null);
}
