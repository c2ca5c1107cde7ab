package io.github.jobnorm.cli;

/** The exit codes of every jobnorm command, as documented in {@code --help} and the README. */
public final class ExitCodes {
  /** Every input gave its postings. */
  public static final int OK = 0;
  /** Some inputs failed; the others were written. */
  public static final int SOME_FAILED = 1;
  /** The command line is wrong: unknown option, missing argument, bad value. */
  public static final int USAGE = 2;
  /** No input gave a posting. */
  public static final int NOTHING_READ = 3;
  /** jobnorm itself failed: a defect to report. */
  public static final int INTERNAL = 4;

  /** The footer every command's help ends with. */
  static final String FOOTER = "%nExit codes:%n"
      + "  0  every input gave its postings%n"
      + "  1  some inputs failed (each reported on stderr); the rest were written%n"
      + "  2  usage error%n"
      + "  3  no input gave a posting%n"
      + "  4  internal error (please report it with the input)";

  private ExitCodes() {}

  /** The code for a run that wrote {@code parsed} postings while {@code failed} units failed. */
  static int forRun(long parsed, long failed) {
    if (parsed == 0) {
      return NOTHING_READ;
    }
    return failed == 0 ? OK : SOME_FAILED;
  }
}
