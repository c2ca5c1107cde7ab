package io.github.jobnorm.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;

/**
 * A file written under a hidden temporary name beside it and renamed into place only when
 * complete, so that an interrupted run never leaves half a file (and an old file stays whole
 * until the new one replaces it).
 */
final class AtomicFile implements AutoCloseable {
  private static final SecureRandom RANDOM = new SecureRandom();

  private final Path target;
  private final Path temp;
  private final BufferedWriter writer;
  private boolean done;

  private AtomicFile(Path target, Path temp, BufferedWriter writer) {
    this.target = target;
    this.temp = temp;
    this.writer = writer;
  }

  /** Opens a UTF-8 temporary file in the target's folder. */
  static AtomicFile open(Path target) throws IOException {
    Path abs = target.toAbsolutePath();
    // createFile, unlike createTempFile, gives the file the usual permissions (umask), so the
    // renamed file is as readable as one written directly.
    Path temp = Files.createFile(abs.resolveSibling(
        "." + abs.getFileName() + "." + Long.toHexString(RANDOM.nextLong()) + ".part"));
    // Ctrl-C runs shutdown hooks: the partial file goes; after the rename this is a no-op.
    temp.toFile().deleteOnExit();
    return new AtomicFile(target, temp, Files.newBufferedWriter(temp, StandardCharsets.UTF_8));
  }

  /** The writer to the temporary file. */
  Writer writer() {
    return writer;
  }

  /** Closes the temporary file and renames it to the target, replacing any old file. */
  void commit() throws IOException {
    writer.close();
    try {
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE,
          StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
    }
    done = true;
  }

  /** Deletes the temporary file unless committed. */
  @Override
  public void close() throws IOException {
    if (!done) {
      done = true;
      writer.close();
      Files.deleteIfExists(temp);
    }
  }
}
