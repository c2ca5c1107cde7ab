package io.github.jobnorm.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code jobnorm}: parse job postings into normalized JSON. */
@Command(
    name = "jobnorm",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Parses job postings (LinkedIn text and pages, schema.org JSON-LD, ATS feeds)"
        + " into normalized JobPosting JSON.",
    subcommands = {
      ParseCommand.class,
      FetchCommand.class,
      SearchCommand.class,
      BoardCommand.class,
      CommandLine.HelpCommand.class
    },
    footer = ExitCodes.FOOTER)
public final class Main implements Runnable {
  @Spec CommandSpec spec;

  private final InputStream stdin;

  /** A command reading standard input from {@code System.in}. */
  public Main() {
    this(System.in);
  }

  /** A command reading standard input from {@code stdin}, for tests and embedding. */
  public Main(InputStream stdin) {
    this.stdin = stdin;
  }

  InputStream stdin() {
    return stdin;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
  }

  /** The command line with jobnorm's error handling: one line per error, no stack traces. */
  public static CommandLine commandLine(InputStream stdin) {
    CommandLine cl = new CommandLine(new Main(stdin));
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setExecutionExceptionHandler((e, line, parseResult) -> {
      PrintWriter err = line.getErr();
      err.println("jobnorm: internal error: " + e + " (please report it with the input)");
      err.flush();
      return ExitCodes.INTERNAL;
    });
    cl.setParameterExceptionHandler((e, args) -> {
      PrintWriter err = e.getCommandLine().getErr();
      err.println("jobnorm: " + e.getMessage());
      err.println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName()
          + " --help' for more information.");
      err.flush();
      return ExitCodes.USAGE;
    });
    return cl;
  }

  /** Runs jobnorm and exits with its exit code. */
  public static void main(String[] args) {
    quietLibraries();
    System.exit(commandLine(System.in).execute(args));
  }

  /** Library logs go through SLF4J at WARN, so that stdout and stderr stay the tool's own. */
  private static void quietLibraries() {
    System.setProperty("org.jboss.logging.provider", "slf4j");
    System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
    System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
  }

  /** The version from the jar manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = Main.class.getPackage().getImplementationVersion();
      return new String[] {"jobnorm " + (v == null ? "(development build)" : v)};
    }
  }
}
