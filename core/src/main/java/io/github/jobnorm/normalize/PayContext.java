package io.github.jobnorm.normalize;

import io.github.jobnorm.model.constraint.CodeValidators;

/**
 * What the pay parser knows of a posting beyond the text it reads: the country it is in, which
 * decides what a bare {@code $} means and which currency a figure with none is in.
 *
 * @param country ISO 3166-1 alpha-2 code of the posting's country, or null when unknown
 */
public record PayContext(String country) {

  /** A context with no country. */
  public static final PayContext NONE = new PayContext(null);

  /** Rejects a country that is not an ISO 3166-1 alpha-2 code. */
  public PayContext {
    if (country != null && !CodeValidators.isCountry(country)) {
      throw new IllegalArgumentException("country is not an ISO 3166-1 alpha-2 code: " + country);
    }
  }

  /** A context for a posting in this country (null for unknown). */
  public static PayContext forCountry(String country) {
    return country == null ? NONE : new PayContext(country);
  }
}
