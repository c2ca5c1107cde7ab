package io.github.jobnorm.normalize;

import io.github.jobnorm.model.WorkplaceType;
import java.util.Optional;

/** Reads the workplace type from labels ("Hybrid", "On-site") and from body text cues. */
public final class WorkplaceTypes {
  private WorkplaceTypes() {}

  /** A label as a source gives it ("Remote", "On-site", "TELECOMMUTE"), or empty if unknown. */
  public static Optional<Found<WorkplaceType>> fromLabel(String label) {
    return Optional.empty();
  }

  /** A cue in free text ("this is a hybrid role", "fully remote"), or empty when none is stated. */
  public static Optional<Found<WorkplaceType>> fromText(CharSequence text) {
    return Optional.empty();
  }
}
