package io.github.jobnorm.fetch;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** Validators in a bounded map that forgets the least recently used URL first. */
final class InMemoryValidatorStore implements ValidatorStore {
  private final Map<String, Validators> map;

  InMemoryValidatorStore(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity < 1: " + capacity);
    }
    this.map =
        new LinkedHashMap<>(16, 0.75f, true) {
          private static final long serialVersionUID = 1L;

          @Override
          protected boolean removeEldestEntry(Map.Entry<String, Validators> eldest) {
            return size() > capacity;
          }
        };
  }

  @Override
  public synchronized Validators get(String url) {
    return map.get(url);
  }

  @Override
  public synchronized void put(String url, Validators validators) {
    map.put(Objects.requireNonNull(url, "url == null"), Objects.requireNonNull(validators));
  }
}
