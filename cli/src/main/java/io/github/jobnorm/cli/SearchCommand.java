package io.github.jobnorm.cli;

import io.github.jobnorm.fetch.LinkedInQuery;
import io.github.jobnorm.fetch.LinkedInSearch;
import io.github.jobnorm.model.EmploymentType;
import io.github.jobnorm.model.Seniority;
import io.github.jobnorm.model.WorkplaceType;
import io.github.jobnorm.source.SourceRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code jobnorm search linkedin}: a LinkedIn guest job search, as JSON Lines. */
@Command(
    name = "search",
    mixinStandardHelpOptions = true,
    description = "Runs a LinkedIn guest job search and writes each posting as one JSON line."
        + " Cards carry no description: add --details to fetch each posting's page (one more"
        + " request per posting, at 1 request/second by default).",
    footer = ExitCodes.FOOTER)
final class SearchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin FetchOptions network;

  @Parameters(index = "0", paramLabel = "SITE", description = "The site to search: linkedin.")
  String site;

  @Option(names = "--keywords", paramLabel = "WORDS", description = "The search words.")
  String keywords;

  @Option(names = "--location", paramLabel = "PLACE", description = "A place, as LinkedIn's location box takes it.")
  String location;

  @Option(names = "--geo-id", paramLabel = "ID", description = "LinkedIn's id of a place.")
  String geoId;

  @Option(names = "--limit", paramLabel = "N", description = "The most postings to get (LinkedIn shows at most 1000).")
  Integer limit;

  @Option(names = "--posted-within", paramLabel = "AGE",
      description = "Only postings at most this old: 24h, 7d, 30d, or any number of h or d.")
  String postedWithin;

  @Option(names = "--remote", description = "Remote postings.")
  boolean remote;

  @Option(names = "--hybrid", description = "Hybrid postings.")
  boolean hybrid;

  @Option(names = "--on-site", description = "On-site postings.")
  boolean onSite;

  @Option(names = "--job-type", split = ",", paramLabel = "TYPE",
      description = "Employment types: ${COMPLETION-CANDIDATES}.")
  List<EmploymentType> jobTypes = new ArrayList<>();

  @Option(names = "--experience", split = ",", paramLabel = "LEVEL",
      description = "Experience levels: ${COMPLETION-CANDIDATES}.")
  List<Seniority> experience = new ArrayList<>();

  @Option(names = "--company-id", split = ",", paramLabel = "ID", description = "LinkedIn company ids.")
  List<String> companyIds = new ArrayList<>();

  @Option(names = "--details", description = "Fetch each posting's detail page.")
  boolean details;

  @Option(names = "--pretty", description = "Indent the JSON.")
  boolean pretty;

  @Option(names = "--base-url", hidden = true, defaultValue = LinkedInSearch.DEFAULT_BASE_URL,
      description = "Where LinkedIn is (for tests).")
  String baseUrl;

  @Override
  public Integer call() {
    if (!site.toLowerCase(Locale.ROOT).equals("linkedin")) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "unknown site '" + site + "': only linkedin can be searched");
    }
    LinkedInQuery.Builder query =
        LinkedInQuery.keywords(keywords)
            .location(location)
            .geoId(geoId)
            .postedWithin(age(postedWithin))
            .employment(jobTypes.toArray(EmploymentType[]::new))
            .seniority(experience.toArray(Seniority[]::new))
            .companyIds(companyIds)
            .details(details);
    if (remote) {
      query.workplace(WorkplaceType.REMOTE);
    }
    if (hybrid) {
      query.workplace(WorkplaceType.HYBRID);
    }
    if (onSite) {
      query.workplace(WorkplaceType.ON_SITE);
    }
    if (limit != null) {
      query.limit(limit);
    }
    LinkedInQuery built;
    try {
      built = query.build();
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage(), e);
    }
    SourceRegistry parsers = SourceRegistry.standard();
    LinkedInSearch search =
        LinkedInSearch.over(
            network.fetcher(), baseUrl, parsers.byName(LinkedInSearch.CARD_PARSER), parsers);
    PostingOutput output = new PostingOutput(spec, pretty);
    output.writeListing("linkedin search", search.search(built));
    return ExitCodes.forRun(output.written(), output.failed());
  }

  private Duration age(String text) {
    if (text == null) {
      return null;
    }
    String t = text.strip().toLowerCase(Locale.ROOT);
    if (t.matches("[1-9][0-9]{0,4}[hd]")) {
      long n = Long.parseLong(t.substring(0, t.length() - 1));
      return t.endsWith("h") ? Duration.ofHours(n) : Duration.ofDays(n);
    }
    throw new CommandLine.ParameterException(
        spec.commandLine(), "--posted-within takes a number of hours or days, like 24h or 7d: " + text);
  }
}
