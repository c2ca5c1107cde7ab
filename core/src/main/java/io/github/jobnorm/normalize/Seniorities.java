package io.github.jobnorm.normalize;

import io.github.jobnorm.model.Seniority;
import java.util.Optional;

/** Reads the seniority from labels ("Mid-Senior level") and, as an inference, from the title. */
public final class Seniorities {
  private Seniorities() {}

  /** A label as a source gives it, or empty if unknown. */
  public static Optional<Found<Seniority>> fromLabel(String label) {
    return Optional.empty();
  }

  /** What the title says ("Senior Engineer" gives MID_SENIOR), or empty when it says nothing. */
  public static Optional<Found<Seniority>> fromTitle(String title) {
    return Optional.empty();
  }
}
