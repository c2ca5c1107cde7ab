package io.github.jobnorm.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The model's rule for lists: never null, never modifiable. */
final class Lists {
  private Lists() {}

  static <T> List<T> copy(List<T> list) {
    if (list == null || list.isEmpty()) {
      return List.of();
    }
    // List.copyOf rejects null elements; keep them so that validation can report them.
    return Collections.unmodifiableList(new ArrayList<>(list));
  }
}
