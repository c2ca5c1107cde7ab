package io.github.jobnorm.normalize;

import io.github.jobnorm.model.PayRange;
import java.util.List;
import java.util.Objects;

/**
 * A pay range found in text, with where it was found and what was assumed to read it.
 *
 * @param range the normalized range; its {@code text} is the matched words
 * @param start offset of the match in the searched text, or -1 for structured input
 * @param end offset after the match, or -1
 * @param warnings what was inferred rather than read ("pay period not stated; assumed YEAR")
 */
public record PayMatch(PayRange range, int start, int end, List<String> warnings) {

  /** Requires a range; copies the warnings. */
  public PayMatch {
    Objects.requireNonNull(range, "range == null");
    warnings = warnings == null ? List.of() : List.copyOf(warnings);
  }
}
