package io.github.jobnorm.bench;

import io.github.jobnorm.ParseResult;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs the benchmarks whose inputs are present and prints the results table: jobnorm's rate per
 * input kind, the floor's rate, and jobnorm's time divided by the floor's. Takes JMH's own
 * command-line options ({@code -wi 2 -i 3 -w 1s -r 1s -f 1}, a benchmark regex); without a regex
 * it runs every benchmark whose input it finds.
 */
public final class BenchMain {
  private BenchMain() {}

  /** Runs the suite and prints the table to standard output. */
  public static void main(String[] args) throws Exception {
    CommandLineOptions cli = new CommandLineOptions(args);
    if (cli.shouldHelp() || cli.shouldList() || cli.shouldListWithParams()
        || cli.shouldListProfilers() || cli.shouldListResultFormats()) {
      org.openjdk.jmh.Main.main(args);
      return;
    }
    Map<Input, String> outcomes = new EnumMap<>(Input.class);
    for (Input input : Input.values()) {
      System.out.printf("input %-28s %s%n", input.label() + ":", input.origin());
      input.parseOnce().ifPresent(result -> outcomes.put(input, outcome(result)));
    }
    ChainedOptionsBuilder options = new OptionsBuilder().parent(cli);
    if (cli.getIncludes().isEmpty()) {
      for (ResultTable.Bench bench : ResultTable.Bench.values()) {
        if (outcomes.containsKey(bench.input())) {
          options.include("\\." + bench.method() + "$");
        }
      }
    }
    List<String> forkArgs = new ArrayList<>();
    Input.corpusDir().ifPresent(dir -> forkArgs.add("-Djobnorm.corpus=" + dir.toAbsolutePath()));
    for (Input input : Input.values()) {
      Optional.ofNullable(System.getProperty(input.property()))
          .ifPresent(v -> forkArgs.add("-D" + input.property() + "=" + Path.of(v).toAbsolutePath()));
    }
    Optional.ofNullable(System.getProperty("bench.kaggle.id"))
        .ifPresent(v -> forkArgs.add("-Dbench.kaggle.id=" + v));
    options.jvmArgsAppend(forkArgs.toArray(String[]::new));

    Collection<RunResult> results = new Runner(options.build()).run();
    System.out.println();
    System.out.println("jobnorm benchmarks, one thread, "
        + ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ISO_LOCAL_DATE) + ", "
        + Runtime.getRuntime().availableProcessors() + " cores, JDK "
        + System.getProperty("java.version"));
    System.out.println();
    System.out.print(ResultTable.render(results, outcomes));
  }

  /** What one parse of the input gave, so a table row never hides a failing parse. */
  private static String outcome(ParseResult result) {
    return result.isSuccess()
        ? result.postings().size() + (result.postings().size() == 1 ? " posting" : " postings")
        : ResultTable.FAILS + result.failure().reason();
  }
}
