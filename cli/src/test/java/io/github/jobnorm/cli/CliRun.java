package io.github.jobnorm.cli;

import io.github.jobnorm.fetch.Fetcher;
import io.github.jobnorm.fixtures.Fixtures;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;

/** One in-process run of the CLI with its exit code and captured output. */
record CliRun(int exitCode, String out, String err) {

  /** Copies the reference posting (LinkedIn-style text) into {@code dir}. */
  static Path copyReference(Path dir) throws IOException {
    Path reference = dir.resolve("linkedin-4104804862.txt");
    Files.write(reference, Fixtures.get("linkedin", "linkedin-4104804862").bytes());
    return reference;
  }

  static CliRun run(String... args) {
    return runWithStdin("", args);
  }

  static CliRun runWithStdin(String stdin, String... args) {
    return run(stdin, () -> {
      throw new IllegalStateException("no network in tests: use runWithFetcher and WireMock");
    }, args);
  }

  /** A run whose URL inputs go through fetchers from {@code fetchers}. */
  static CliRun runWithFetcher(Supplier<Fetcher> fetchers, String... args) {
    return run("", fetchers, args);
  }

  private static CliRun run(String stdin, Supplier<Fetcher> fetchers, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    var cl = Main.commandLine(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
    ((Main) cl.getCommand()).withFetchers(fetchers);
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    int code = cl.execute(args);
    return new CliRun(code, out.toString(), err.toString());
  }
}
