package io.github.jobnorm.cli;

import io.github.jobnorm.json.JobPostingJson;
import io.github.jobnorm.normalize.LocationParser;
import io.github.jobnorm.normalize.LocationResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code jobnorm location}: how the location parser reads a location string. */
@Command(
    name = "location",
    mixinStandardHelpOptions = true,
    description = "Parses location strings (\"Tel Aviv-Yafo, Tel Aviv District, Israel\","
        + " \"Remote - US\", \"Hybrid - London\") and prints, for each, the locations with ISO"
        + " country and region codes, the workplace type the string states, and warnings, as"
        + " JSON.",
    footer = ExitCodes.FOOTER)
final class LocationCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = {"-c", "--country"}, paramLabel = "CC",
      description = "ISO 3166-1 alpha-2 code of the country the posting is known to be in;"
          + " it settles ambiguous names (\"Perth, WA\" with AU).")
  String country;

  @Parameters(arity = "1..*", paramLabel = "TEXT", description = "Location strings.")
  List<String> texts;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    for (String text : texts) {
      LocationResult result = LocationParser.standard().parse(text, country);
      out.println(JobPostingJson.mapper().writer(JobPostingJson.prettyPrinter())
          .writeValueAsString(result));
    }
    out.flush();
    return ExitCodes.OK;
  }
}
