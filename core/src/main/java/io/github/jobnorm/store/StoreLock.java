package io.github.jobnorm.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;

/**
 * Keeps two runs off one store: an exclusive lock on {@code STORE.lock} beside the store file,
 * held for the whole run. The operating system releases the lock when the process ends, however
 * it ends, so a killed run never leaves a stale lock behind; a second run waits up to its timeout
 * and then gives up. The file holds the holder's process id, for a person to look at.
 */
public final class StoreLock implements AutoCloseable {
  private final FileChannel channel;
  private final FileLock lock;

  private StoreLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  /** The lock file of a store. */
  public static Path lockFile(Path store) {
    Path abs = store.toAbsolutePath();
    return abs.resolveSibling(abs.getFileName() + ".lock");
  }

  /**
   * Takes the store's lock, waiting up to {@code wait} for another run to end.
   *
   * @throws StoreLockedException when another run holds it after the wait
   * @throws IOException when the lock file cannot be opened
   */
  public static StoreLock acquire(Path store, Duration wait) throws IOException {
    Path file = lockFile(store);
    Instant deadline = Instant.now().plus(wait);
    FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE,
        StandardOpenOption.READ, StandardOpenOption.WRITE);
    try {
      while (true) {
        FileLock lock;
        try {
          lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
          lock = null; // held by this very process, through another channel
        }
        if (lock != null) {
          channel.truncate(0);
          channel.write(ByteBuffer.wrap(
              (ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII)), 0);
          return new StoreLock(channel, lock);
        }
        if (!Instant.now().isBefore(deadline)) {
          throw new StoreLockedException("another run holds " + file + " (process "
              + holder(channel) + "); runs on one store cannot overlap");
        }
        Thread.sleep(100);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      channel.close();
      throw new StoreLockedException("interrupted while waiting for " + file);
    } catch (IOException | RuntimeException e) {
      channel.close();
      throw e;
    }
  }

  private static String holder(FileChannel channel) {
    try {
      ByteBuffer b = ByteBuffer.allocate(32);
      int n = channel.read(b, 0);
      return n <= 0 ? "unknown" : new String(b.array(), 0, n, StandardCharsets.US_ASCII).strip();
    } catch (IOException e) {
      return "unknown";
    }
  }

  /** Releases the lock. */
  @Override
  public void close() throws IOException {
    try {
      lock.release();
    } finally {
      channel.close();
    }
  }
}
