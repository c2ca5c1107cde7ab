package io.github.jobnorm.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.github.jobnorm.json.JobPostingJson;
import io.github.jobnorm.model.PayRange;
import io.github.jobnorm.model.constraint.CodeValidators;
import io.github.jobnorm.normalize.PayContext;
import io.github.jobnorm.normalize.PayMatch;
import io.github.jobnorm.normalize.PayParser;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code jobnorm pay}: the pay ranges a piece of text states, as JSON. */
@Command(
    name = "pay",
    mixinStandardHelpOptions = true,
    description = "Prints the pay ranges TEXT states as a JSON array, in the PayRange shape of the"
        + " JobPosting contract; what was assumed to read them goes to stderr as warnings."
        + " Text with no pay in it gives [].",
    footer = ExitCodes.FOOTER)
final class PayCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @ParentCommand Main main;

  @Parameters(arity = "1..*", paramLabel = "TEXT",
      description = "The text (several words are joined by spaces), or - for stdin.")
  List<String> words;

  @Option(names = "--country", paramLabel = "CC",
      description = "The posting's country (ISO 3166-1 alpha-2, e.g. AU): decides what a bare $"
          + " means and the currency of figures that name none.")
  String country;

  @Option(names = "--pretty", description = "Indent the JSON.")
  boolean pretty;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    PayContext context = PayContext.forCountry(country(country));
    String text = words.equals(List.of("-")) ? stdin() : String.join(" ", words);
    List<PayMatch> found = PayParser.findAll(text, context);
    if (found.isEmpty()) {
      // A display string ("20000 - 30000/annum") is all about pay, so figures need less around them.
      found = PayParser.parse(text, context).map(List::of).orElse(List.of());
    }
    List<PayRange> ranges = found.stream().map(PayMatch::range).toList();
    try {
      var writer = JobPostingJson.mapper().writer();
      out.println(
          (pretty ? writer.with(JobPostingJson.prettyPrinter()) : writer).writeValueAsString(ranges));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
    found.stream()
        .flatMap(m -> m.warnings().stream())
        .distinct()
        .forEach(w -> err.println("jobnorm: warning: " + w));
    out.flush();
    err.flush();
    return ExitCodes.OK;
  }

  private String country(String cc) {
    if (cc == null) {
      return null;
    }
    String upper = cc.strip().toUpperCase(Locale.ROOT);
    if (!CodeValidators.isCountry(upper)) {
      throw new ParameterException(
          spec.commandLine(), "--country: not an ISO 3166-1 alpha-2 code: " + cc);
    }
    return upper;
  }

  private String stdin() {
    try {
      return new String(main.stdin().readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read standard input", e);
    }
  }
}
