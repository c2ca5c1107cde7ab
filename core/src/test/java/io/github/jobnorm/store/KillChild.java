package io.github.jobnorm.store;

import java.nio.file.Path;

/**
 * The child process of {@link KillTest}: one run of a run file against a stub server, which the
 * test kills at a random moment. Arguments: the run file and the stub's base URL.
 */
public final class KillChild {
  private KillChild() {}

  /** Runs the run file; prints the run's summary when it ends. */
  public static void main(String[] args) throws Exception {
    Path file = Path.of(args[0]);
    Aggregator.Summary s = RunFiles.run(file, RunFile.read(file),
        RunSettings.defaults(System.out).withBaseUrlOverride(args[1]));
    System.err.println("done " + s.record().status());
  }
}
