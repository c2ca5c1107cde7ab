package io.github.jobnorm.normalize;

import java.util.Optional;
import java.util.regex.Pattern;

/** Looks up a label whole, then piece by piece ("Contract, full-time", "Remote / Hybrid"). */
final class LabelPieces {
  private static final Pattern SEPARATORS = Pattern.compile("[,;/|()\\[\\]]| - | and | or ");

  private LabelPieces() {}

  /**
   * The value of the whole label, else of its first piece that has one, preferring a piece whose
   * value is not in {@code weak}: in "Contract, full-time" the contract is what sets it apart.
   */
  static Optional<String> lookup(String kind, String label, String... weak) {
    if (label == null || label.isBlank()) {
      return Optional.empty();
    }
    Optional<String> whole = Labels.lookup(kind, label);
    if (whole.isPresent()) {
      return whole;
    }
    String fallback = null;
    for (String piece : SEPARATORS.split(label)) {
      Optional<String> value = Labels.lookup(kind, piece);
      if (value.isEmpty()) {
        continue;
      }
      if (!isWeak(value.get(), weak)) {
        return value;
      }
      if (fallback == null) {
        fallback = value.get();
      }
    }
    return Optional.ofNullable(fallback);
  }

  private static boolean isWeak(String value, String[] weak) {
    for (String w : weak) {
      if (w.equals(value)) {
        return true;
      }
    }
    return false;
  }
}
