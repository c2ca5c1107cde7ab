package io.github.jobnorm.normalize;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The label table of {@code labels.tsv}: what sources write for the small enums. */
final class Labels {
  /** Loaded on first use; the holder idiom makes that thread-safe without locks. */
  private static final class Holder {
    static final Map<String, String> TABLE = load();
  }

  private Labels() {}

  /** The value for a label of the given kind ("employment", "seniority", "workplace"). */
  static Optional<String> lookup(String kind, String label) {
    if (label == null) {
      return Optional.empty();
    }
    String key = Fold.compact(label);
    if (key.isEmpty()) {
      return Optional.empty();
    }
    return Optional.ofNullable(Holder.TABLE.get(kind + ':' + key));
  }

  private static Map<String, String> load() {
    Map<String, String> table = new HashMap<>();
    for (String[] row : RuleFile.rows("labels.tsv")) {
      String previous = table.put(row[0] + ':' + Fold.compact(row[1]), row[2]);
      if (previous != null && !previous.equals(row[2])) {
        throw new IllegalStateException("label with two meanings: " + row[1]);
      }
    }
    return Map.copyOf(table);
  }
}
