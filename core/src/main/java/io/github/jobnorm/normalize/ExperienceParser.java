package io.github.jobnorm.normalize;

import io.github.jobnorm.model.YearsRange;
import java.util.Optional;

/** Reads required years of experience ("3+ years", "3-5 years of experience"). */
public final class ExperienceParser {
  private ExperienceParser() {}

  /** The first requirement of years of experience stated in the text, or empty. */
  public static Optional<Found<YearsRange>> find(CharSequence text) {
    return Optional.empty();
  }
}
