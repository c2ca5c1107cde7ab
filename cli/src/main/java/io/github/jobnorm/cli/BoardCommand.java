package io.github.jobnorm.cli;

import io.github.jobnorm.fetch.Board;
import io.github.jobnorm.fetch.BoardFetcher;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code jobnorm board}: whole job boards from Greenhouse, Lever and Ashby, as JSON Lines. */
@Command(
    name = "board",
    mixinStandardHelpOptions = true,
    description = "Reads companies' job boards through the public APIs of Greenhouse, Lever and"
        + " Ashby and writes each posting as one JSON line.",
    footer = ExitCodes.FOOTER)
final class BoardCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin FetchOptions network;

  @Parameters(arity = "1..*", paramLabel = "BOARD",
      description = "greenhouse:TOKEN, lever:SITE or ashby:ORG, as in the board's URL.")
  List<String> boards;

  @Option(names = "--pretty", description = "Indent the JSON.")
  boolean pretty;

  @Option(names = "--api-base", hidden = true, paramLabel = "ATS=URL",
      description = "Where a system's API is (for tests), e.g. greenhouse=http://127.0.0.1:8080.")
  Map<String, String> apiBases = new LinkedHashMap<>();

  @Override
  public Integer call() {
    List<Board> parsed = new ArrayList<>();
    BoardFetcher fetcher = BoardFetcher.over(network.fetcher());
    try {
      for (String b : boards) {
        parsed.add(Board.parse(b));
      }
      for (Map.Entry<String, String> base : apiBases.entrySet()) {
        fetcher = fetcher.withBaseUrl(Board.Ats.named(base.getKey()), base.getValue());
      }
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage(), e);
    }
    PostingOutput output = new PostingOutput(spec, pretty);
    for (Board board : parsed) {
      output.writeListing(board.toString(), fetcher.fetch(board));
    }
    return ExitCodes.forRun(output.written(), output.failed());
  }
}
