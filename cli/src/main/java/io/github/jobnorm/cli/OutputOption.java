package io.github.jobnorm.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code -o/--output FILE}, shared by the commands that write a result: stdout by default. */
final class OutputOption {
  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "Write to FILE instead of standard output. The file is written under a"
          + " temporary name and renamed into place when complete.")
  Path output;

  /** The output: an atomic file, or standard output (never closed). */
  Target open(PrintWriter stdout) throws IOException {
    return output == null ? new Target(stdout, null) : new Target(null, AtomicFile.open(output));
  }

  /** Where a command writes; commit to keep a file, close to drop it if not committed. */
  static final class Target implements AutoCloseable {
    private final PrintWriter stdout;
    private final AtomicFile file;

    private Target(PrintWriter stdout, AtomicFile file) {
      this.stdout = stdout;
      this.file = file;
    }

    Writer writer() {
      return file == null ? stdout : file.writer();
    }

    void commit() throws IOException {
      if (file == null) {
        stdout.flush();
      } else {
        file.commit();
      }
    }

    @Override
    public void close() throws IOException {
      if (file != null) {
        file.close();
      }
    }
  }
}
