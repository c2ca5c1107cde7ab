package io.github.jobnorm.cli;

import io.github.jobnorm.fetch.Fetcher;
import io.github.jobnorm.fetch.ProxySpec;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The network options every fetching command shares. */
final class FetchOptions {
  @Spec(Spec.Target.MIXEE) CommandSpec mixee;

  @Option(names = "--rate", paramLabel = "N",
      description = "Requests per second to any one host, for every host. Default: 1/s for"
          + " linkedin.com and unknown hosts, 4/s for the Greenhouse, Lever and Ashby APIs.")
  Double rate;

  @Option(names = "--proxy", paramLabel = "URL",
      description = "Send requests through this proxy: http://[user:pass@]host:port or"
          + " socks5://[user:pass@]host:port. Repeat to rotate through several.")
  List<String> proxies = new ArrayList<>();

  @Option(names = "--user-agent", paramLabel = "TEXT",
      description = "The User-Agent to send. Default: jobnorm/0.1 (+https://github.com/jobnorm/jobnorm)."
          + " Put a way to reach you in it.")
  String userAgent;

  @Option(names = "--max-attempts", paramLabel = "N",
      description = "Requests per page, retries included, on timeouts, resets, 429 and 5xx."
          + " Default: 4.")
  Integer maxAttempts;

  @Option(names = "--ignore-robots",
      description = "Do not read robots.txt. Only for sites whose operator allows it: you are"
          + " responsible for following each site's terms.")
  boolean ignoreRobots;

  /**
   * A fetcher with these options over the polite defaults.
   *
   * @throws CommandLine.ParameterException when an option's value is refused by the fetcher, so
   *     that it is a usage error rather than an internal one
   */
  Fetcher fetcher() {
    try {
      Fetcher.Builder b = Fetcher.builder().ignoreRobots(ignoreRobots);
      if (rate != null) {
        b.uniformRate(rate);
      }
      if (maxAttempts != null) {
        b.maxAttempts(maxAttempts);
      }
      if (userAgent != null) {
        b.userAgent(userAgent);
      }
      if (!proxies.isEmpty()) {
        b.proxies(proxies.stream().map(ProxySpec::parse).toList());
      }
      return b.build();
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(mixee.commandLine(), e.getMessage(), e);
    }
  }
}
