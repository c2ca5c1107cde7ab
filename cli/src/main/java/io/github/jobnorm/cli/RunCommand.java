package io.github.jobnorm.cli;

import io.github.jobnorm.store.Aggregator;
import io.github.jobnorm.store.RunFile;
import io.github.jobnorm.store.RunFileException;
import io.github.jobnorm.store.RunFiles;
import io.github.jobnorm.store.RunRecord;
import io.github.jobnorm.store.RunSettings;
import io.github.jobnorm.store.StoreException;
import io.github.jobnorm.store.StoreLockedException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code jobnorm run}: one aggregator run of a run file, writing change events. */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description = "Reads every source of a run file (jobnorm.yaml), compares what they show with"
        + " the state store and appends change events (NEW, CHANGED, CLOSED) as JSON Lines.",
    footer = {"%nExit codes:%n"
        + "  0  every source was read%n"
        + "  1  some sources failed or were read only in part (see the run record on stderr)%n"
        + "  2  usage error, or the run file is not valid (with its line and column)%n"
        + "  4  internal error, or the store cannot be used%n"
        + "  5  another run holds the store's lock"})
final class RunCommand implements Callable<Integer> {
  /** Another run holds the store. */
  static final int LOCKED = 5;

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "RUNFILE", description = "The run file, e.g. jobnorm.yaml.")
  Path runFile;

  @ArgGroup(exclusive = true)
  Which which;

  static final class Which {
    @Option(names = "--since-last", description = "Write what changed since the last run"
        + " (default).")
    boolean sinceLast;

    @Option(names = "--all", description = "Also write every other posting shown, as UNCHANGED.")
    boolean all;
  }

  @Option(names = "--base-url-override", paramLabel = "URL",
      description = "Send every Greenhouse, Lever, Ashby and LinkedIn request to this server"
          + " instead (a local stub, for demos and tests).")
  String baseUrlOverride;

  @Option(names = "--output", paramLabel = "FILE",
      description = "Append events to this file instead of the run file's; - for standard output"
          + " (then an event printed just before a kill may be printed again).")
  String output;

  @Option(names = "--store", paramLabel = "FILE",
      description = "Use this store instead of the run file's.")
  Path store;

  @Option(names = "--wait", paramLabel = "DURATION", defaultValue = "PT0S",
      description = "Wait this long for another run on the same store to end (ISO-8601,"
          + " e.g. PT10M); default: do not wait.")
  Duration wait;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    RunFile run;
    try {
      run = RunFile.read(runFile);
    } catch (RunFileException e) {
      err.println("jobnorm: " + e.getMessage());
      err.flush();
      return ExitCodes.USAGE;
    }
    RunSettings settings = new RunSettings(
        which != null && which.all ? Aggregator.Mode.ALL : Aggregator.Mode.SINCE_LAST,
        baseUrlOverride, store, output, new WriterStream(out), wait, Clock.systemUTC());
    try {
      Aggregator.Summary s = RunFiles.run(runFile, run, settings);
      RunRecord r = s.record();
      err.printf("jobnorm: run %d: %d new, %d changed, %d closed, %d seen%s%n", r.id(),
          r.newCount(), r.changedCount(), r.closedCount(), r.seenCount(),
          s.replayed() > 0 ? ", " + s.replayed() + " events of an interrupted run delivered" : "");
      for (RunRecord.Failure f : r.failures()) {
        err.println("jobnorm: " + f.source() + ": " + f.message());
      }
      return r.failures().isEmpty() ? ExitCodes.OK : ExitCodes.SOME_FAILED;
    } catch (StoreLockedException e) {
      err.println("jobnorm: " + e.getMessage());
      return LOCKED;
    } catch (IOException | StoreException e) {
      err.println("jobnorm: " + e.getMessage());
      return ExitCodes.INTERNAL;
    } finally {
      out.flush();
      err.flush();
    }
  }

  /** Standard output as picocli gives it; every write is whole UTF-8 lines. */
  private static final class WriterStream extends OutputStream {
    private final PrintWriter out;

    WriterStream(PrintWriter out) {
      this.out = out;
    }

    @Override
    public void write(int b) {
      out.write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) {
      out.write(new String(b, off, len, StandardCharsets.UTF_8));
    }

    @Override
    public void flush() {
      out.flush();
    }
  }
}
