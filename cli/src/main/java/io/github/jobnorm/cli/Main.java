package io.github.jobnorm.cli;

import io.github.jobnorm.fetch.Fetcher;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code jobnorm}: parse job postings into normalized JSON. */
@Command(
    name = "jobnorm",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Parses job postings (LinkedIn text and pages, schema.org JSON-LD, ATS feeds,"
        + " CSV and JSON Lines datasets) into normalized JobPosting JSON, JSON Lines, CSV or"
        + " JSON-LD, and fetches them politely from LinkedIn and ATS boards.",
    subcommands = {ParseCommand.class, PayCommand.class, LocationCommand.class,
        FetchCommand.class, SearchCommand.class, BoardCommand.class, RunCommand.class,
        ValidateCommand.class, SchemaCommand.class, CompletionCommand.class,
        CommandLine.HelpCommand.class},
    footer = ExitCodes.FOOTER)
public final class Main implements Runnable {
  @Spec CommandSpec spec;

  private final InputStream stdin;
  private final boolean stderrIsTerminal;
  private Supplier<Fetcher> fetchers = Fetcher::create;

  /** A command reading standard input from {@code System.in}. */
  public Main() {
    this(System.in, false);
  }

  /**
   * A command reading standard input from {@code stdin}, for tests and embedding.
   *
   * @param stderrIsTerminal whether stderr is a terminal, where progress may be drawn
   */
  public Main(InputStream stdin, boolean stderrIsTerminal) {
    this.stdin = stdin;
    this.stderrIsTerminal = stderrIsTerminal;
  }

  InputStream stdin() {
    return stdin;
  }

  boolean stderrIsTerminal() {
    return stderrIsTerminal;
  }

  /** A fetcher for URL inputs, made when the first URL is read. */
  Fetcher fetcher() {
    return fetchers.get();
  }

  /** Makes URL inputs go through fetchers from {@code factory} (tests, custom politeness). */
  public Main withFetchers(Supplier<Fetcher> factory) {
    this.fetchers = factory;
    return this;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
  }

  /** The command line with jobnorm's error handling: one line per error, no stack traces. */
  public static CommandLine commandLine(InputStream stdin) {
    return commandLine(stdin, false);
  }

  /** The command line, told whether stderr is a terminal (progress is drawn only there). */
  public static CommandLine commandLine(InputStream stdin, boolean stderrIsTerminal) {
    CommandLine cl = new CommandLine(new Main(stdin, stderrIsTerminal));
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
    System.exit(commandLine(System.in, stderrIsATerminal()).execute(args));
  }

  /**
   * Whether fd 2 is a terminal. Java cannot ask directly; on Linux /proc says where fd 2 points,
   * elsewhere a console means an interactive session.
   */
  private static boolean stderrIsATerminal() {
    try {
      String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
      return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return System.console() != null;
    }
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
