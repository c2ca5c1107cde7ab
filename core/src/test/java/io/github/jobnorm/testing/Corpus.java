package io.github.jobnorm.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Locates the shared corpus of real postings that corpus-wide tests read: the folder given by
 * {@code -Djobnorm.corpus}, else {@code ../shared/corpus} beside the repository. The corpus is not
 * part of the repository; where it is absent, corpus tests are reported as skipped with the reason.
 */
public final class Corpus {
  private Corpus() {}

  /** The corpus folder, or null when it is not there. */
  public static Path dirOrNull() {
    String explicit = System.getProperty("jobnorm.corpus");
    if (explicit != null && !explicit.isBlank()) {
      Path p = Path.of(explicit);
      return Files.isDirectory(p) ? p : null;
    }
    String root = System.getProperty("jobnorm.root", System.getProperty("user.dir"));
    for (Path dir = Path.of(root).toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolveSibling("shared").resolve("corpus");
      if (Files.isDirectory(candidate)) {
        return candidate;
      }
    }
    return null;
  }

  /** A file of the corpus; the calling test is skipped, with the reason, when it is absent. */
  public static Path file(String relative) {
    Path dir = dirOrNull();
    assumeTrue(dir != null, "shared corpus not found: set -Djobnorm.corpus=DIR to run corpus tests");
    Path file = dir.resolve(relative);
    assumeTrue(Files.isRegularFile(file), "corpus file missing: " + file);
    return file;
  }
}
