package io.github.jobnorm.normalize;

import io.github.jobnorm.model.Qualifications;
import io.github.jobnorm.model.Section;
import java.util.List;

/**
 * A description split into the contract's parts.
 *
 * @param sections the headed sections, in order
 * @param responsibilities one entry per duty
 * @param qualifications required and preferred qualifications
 * @param benefits one entry per benefit
 * @param description the plain-text description
 * @param warnings what the splitter could not settle
 */
public record SplitResult(
    List<Section> sections,
    List<String> responsibilities,
    Qualifications qualifications,
    List<String> benefits,
    String description,
    List<String> warnings) {

  /** Copies the lists; null parts become empty. */
  public SplitResult {
    sections = sections == null ? List.of() : List.copyOf(sections);
    responsibilities = responsibilities == null ? List.of() : List.copyOf(responsibilities);
    qualifications = qualifications == null ? Qualifications.NONE : qualifications;
    benefits = benefits == null ? List.of() : List.copyOf(benefits);
    description = description == null ? "" : description;
    warnings = warnings == null ? List.of() : List.copyOf(warnings);
  }
}
