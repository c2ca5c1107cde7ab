package io.github.jobnorm.normalize;

import io.github.jobnorm.model.Location;
import io.github.jobnorm.model.WorkplaceType;
import java.util.List;

/**
 * What a location string says: the places, and the workplace type when the string states one
 * ("Hybrid - London", "Remote - US").
 *
 * @param locations the places, in order; each keeps its words in {@code raw}
 * @param workplaceType the workplace type the string states, or null
 * @param warnings what was ambiguous or unknown
 */
public record LocationResult(
    List<Location> locations, WorkplaceType workplaceType, List<String> warnings) {

  /** Copies the lists. */
  public LocationResult {
    locations = locations == null ? List.of() : List.copyOf(locations);
    warnings = warnings == null ? List.of() : List.copyOf(warnings);
  }
}
