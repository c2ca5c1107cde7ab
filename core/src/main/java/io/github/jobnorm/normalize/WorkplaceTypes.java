package io.github.jobnorm.normalize;

import io.github.jobnorm.model.WorkplaceType;
import java.util.List;
import java.util.Optional;

/**
 * Reads the workplace type from labels ("Hybrid", "On-site") and from body text cues.
 *
 * <p>Text cues are phrases, not single words, so that "remote sensing" or "remote monitoring"
 * say nothing, and a negation such as "working remotely is not available" cancels every remote
 * cue. When a text states hybrid work anywhere, it is hybrid: hybrid postings also speak of office
 * days and of remote days.
 */
public final class WorkplaceTypes {
  private WorkplaceTypes() {}

  /** A label as a source gives it ("Remote", "On-site", "TELECOMMUTE"), or empty if unknown. */
  public static Optional<Found<WorkplaceType>> fromLabel(String label) {
    return LabelPieces.lookup("workplace", label).map(v -> Found.label(WorkplaceType.valueOf(v), label.strip()));
  }

  /** A cue in free text ("this is a hybrid role", "fully remote"), or empty when none is stated. */
  public static Optional<Found<WorkplaceType>> fromText(CharSequence text) {
    if (text == null) {
      return Optional.empty();
    }
    List<Cues.Hit> hits = Cues.scan("workplace", text);
    Cues.Hit chosen = hits.stream()
        .filter(h -> h.value().equals("HYBRID"))
        .findFirst()
        .orElse(hits.isEmpty() ? null : hits.get(0));
    if (chosen == null) {
      return Optional.empty();
    }
    return Optional.of(new Found<>(WorkplaceType.valueOf(chosen.value()), chosen.text(),
        chosen.start(), chosen.end()));
  }
}
