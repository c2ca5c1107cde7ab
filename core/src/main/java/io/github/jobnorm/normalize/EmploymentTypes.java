package io.github.jobnorm.normalize;

import io.github.jobnorm.model.EmploymentType;
import java.util.Optional;

/** Reads the employment type from labels ("Full-time", "FULL_TIME") and strong text cues. */
public final class EmploymentTypes {
  private EmploymentTypes() {}

  /** A label as a source gives it, or empty if unknown. */
  public static Optional<Found<EmploymentType>> fromLabel(String label) {
    return Optional.empty();
  }

  /** A strong cue in the title or body ("12-week internship", "6-month contract"), or empty. */
  public static Optional<Found<EmploymentType>> fromText(String title, CharSequence text) {
    return Optional.empty();
  }
}
