package io.github.jobnorm.testing;

import java.nio.file.Path;

/** Core's name for {@link io.github.jobnorm.fixtures.Corpus}, which every module's tests share. */
public final class Corpus {
  private Corpus() {}

  /** The corpus folder, or null when it is not there. */
  public static Path dirOrNull() {
    return io.github.jobnorm.fixtures.Corpus.dirOrNull();
  }

  /** A file of the corpus; the calling test is skipped, with the reason, when it is absent. */
  public static Path file(String relative) {
    return io.github.jobnorm.fixtures.Corpus.file(relative);
  }
}
