package io.github.jobnorm.normalize;

import java.util.Objects;

/**
 * A value an interpreter read from text, with its provenance: the words it came from and their
 * position in the text that was searched.
 *
 * @param value the interpreted value
 * @param text the source words, verbatim
 * @param start offset of the first character in the searched text, or -1 for a whole label
 * @param end offset after the last character, or -1
 * @param <T> the value's type
 */
public record Found<T>(T value, String text, int start, int end) {

  /** Requires a value and its text. */
  public Found {
    Objects.requireNonNull(value, "value == null");
    Objects.requireNonNull(text, "text == null");
  }

  /** A value read from a whole label, with no position. */
  public static <T> Found<T> label(T value, String text) {
    return new Found<>(value, text, -1, -1);
  }
}
