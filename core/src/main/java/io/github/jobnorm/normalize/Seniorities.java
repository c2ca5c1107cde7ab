package io.github.jobnorm.normalize;

import io.github.jobnorm.model.Seniority;
import java.util.Optional;

/**
 * Reads the seniority from labels ("Mid-Senior level") and, as an inference, from the title.
 *
 * <p>A title gives a seniority only when it names one: Intern/Trainee gives INTERNSHIP,
 * Junior/Entry level/Graduate ENTRY_LEVEL, Senior/Principal/Lead/Staff engineer MID_SENIOR,
 * Director/Head of DIRECTOR, VP/Chief/President EXECUTIVE; the highest named level wins ("Senior
 * Director" is DIRECTOR). A plain "Software Engineer" gives nothing. A seniority read from a title
 * is an inference, and callers should say so.
 */
public final class Seniorities {
  private Seniorities() {}

  /** A label as a source gives it, or empty if unknown. */
  public static Optional<Found<Seniority>> fromLabel(String label) {
    return LabelPieces.lookup("seniority", label)
        .map(v -> Found.label(Seniority.valueOf(v), label.strip()));
  }

  /** What the title says ("Senior Engineer" gives MID_SENIOR), or empty when it says nothing. */
  public static Optional<Found<Seniority>> fromTitle(String title) {
    if (title == null || title.isBlank()) {
      return Optional.empty();
    }
    return TitleCues.first("seniority-title", title)
        .map(h -> new Found<>(Seniority.valueOf(h.value()), h.text(), h.start(), h.end()));
  }
}
