package io.github.jobnorm.fetch;

/**
 * Remembers the {@link Validators} of the pages fetched, by URL, so that the next fetch of a page
 * is a conditional request and an unchanged page costs the site a 304 instead of the whole body.
 * Implementations must be thread-safe; {@link #inMemory(int)} is the default, and a persistent
 * store can keep validators across runs.
 */
public interface ValidatorStore {

  /** The validators remembered for the URL, or null. */
  Validators get(String url);

  /** Remembers the validators of the URL, replacing any before. */
  void put(String url, Validators validators);

  /** A store in memory that keeps the {@code capacity} most recently used URLs. */
  static ValidatorStore inMemory(int capacity) {
    return new InMemoryValidatorStore(capacity);
  }

  /** A store that remembers nothing: every request is unconditional. */
  static ValidatorStore none() {
    return new ValidatorStore() {
      @Override
      public Validators get(String url) {
        return null;
      }

      @Override
      public void put(String url, Validators validators) {}
    };
  }
}
