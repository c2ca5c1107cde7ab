package io.github.jobnorm.cli;

import io.github.jobnorm.JobNorm;
import io.github.jobnorm.ParseOptions;
import io.github.jobnorm.ParseResult;
import io.github.jobnorm.fetch.FetchResult;
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
    PostingOutput output = new PostingOutput(spec, pretty);
    for (String url : urls) {
      FetchResult result = fetcher.fetch(url);
      if (result instanceof FetchResult.Document page) {
        ParseResult parsed =
            JobNorm.parse(
                page.body(),
                ParseOptions.builder()
                    .inputName(url)
                    .url(page.finalUrl())
                    .contentType(page.contentType())
                    .fetchedAt(page.fetchedAt())
                    .build());
        if (parsed.isSuccess()) {
          parsed.postings().forEach(output::write);
        } else {
          output.fail(parsed.failure().toString());
        }
      } else if (result instanceof FetchResult.Failure failure) {
        output.fail(url + ": " + failure.reason() + ": " + failure.message());
      } else {
        output.fail(url + ": answered 304 to a request that was not conditional");
      }
    }
    output.flush();
    return ExitCodes.forRun(output.written(), output.failed());
  }
}
