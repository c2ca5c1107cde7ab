package io.github.jobnorm.normalize;

import io.github.jobnorm.model.EmploymentType;
import java.util.List;
import java.util.Optional;

/**
 * Reads the employment type from labels ("Full-time", "FULL_TIME") and strong text cues.
 *
 * <p>A title cue ("Research Intern", "Java Developer - Contract") wins over the body. In the body,
 * the more specific arrangement wins: an internship, contract or temporary post often also
 * mentions full-time hours or full-time colleagues, never the other way round. Words that name
 * a type without stating it for this job ("full or part time", "authorized to work on a
 * full-time basis") cancel the cues they overlap, so such a text states nothing rather than
 * whichever type the precedence happens to put first.
 */
public final class EmploymentTypes {
  private static final List<String> PRECEDENCE =
      List.of("INTERNSHIP", "CONTRACT", "TEMPORARY", "PER_DIEM", "VOLUNTEER", "PART_TIME",
          "FULL_TIME");

  private EmploymentTypes() {}

  /** A label as a source gives it, or empty if unknown. */
  public static Optional<Found<EmploymentType>> fromLabel(String label) {
    return LabelPieces.lookup("employment", label, "FULL_TIME", "PART_TIME", "OTHER")
        .map(v -> Found.label(EmploymentType.valueOf(v), label.strip()));
  }

  /** A strong cue in the title or body ("12-week internship", "6-month contract"), or empty. */
  public static Optional<Found<EmploymentType>> fromText(String title, CharSequence text) {
    if (title != null) {
      Optional<Found<EmploymentType>> inTitle = TitleCues.first("employment-title", title)
          .map(h -> new Found<>(EmploymentType.valueOf(h.value()), h.text(), -1, -1));
      if (inTitle.isPresent()) {
        return inTitle;
      }
    }
    if (text == null) {
      return Optional.empty();
    }
    List<Cues.Hit> hits = Cues.scan("employment", text);
    for (String value : PRECEDENCE) {
      for (Cues.Hit h : hits) {
        if (h.value().equals(value)) {
          return Optional.of(new Found<>(EmploymentType.valueOf(value), h.text(), h.start(),
              h.end()));
        }
      }
    }
    return Optional.empty();
  }
}
