package io.github.jobnorm.cli;

import io.github.jobnorm.ParseOptions;
import io.github.jobnorm.ParseResult;
import io.github.jobnorm.fetch.Fetcher;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code jobnorm fetch}: postings fetched from URLs, as JSON. */
@Command(
    name = "fetch",
    mixinStandardHelpOptions = true,
    description = "Fetches job pages or feeds politely (robots.txt, a rate per host, retries)"
        + " and writes their postings as JSON, one object per line.",
    footer = ExitCodes.FOOTER)
final class FetchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin FetchOptions network;

  @Parameters(arity = "1..*", paramLabel = "URL", description = "An http(s) URL of a posting or feed.")
  List<String> urls;

  @Option(names = "--pretty", description = "Indent the JSON.")
  boolean pretty;

  @Override
  public Integer call() {
    Fetcher fetcher = network.fetcher();
    UrlInputs pages = new UrlInputs(() -> fetcher);
    PostingOutput output = new PostingOutput(spec, pretty);
    for (String url : urls) {
      ParseResult parsed = pages.fetchAndParse(url, ParseOptions.defaults()).result();
      if (parsed.isSuccess()) {
        parsed.postings().forEach(output::write);
      } else {
        output.fail(parsed.failure().toString());
      }
    }
    output.flush();
    return ExitCodes.forRun(output.written(), output.failed());
  }
}
