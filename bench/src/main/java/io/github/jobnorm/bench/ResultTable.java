package io.github.jobnorm.bench;

import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;

/** Formats JMH results as the Markdown tables the README's Performance section carries. */
final class ResultTable {
  /** How {@link BenchMain} starts the outcome of an input that gives no posting. */
  static final String FAILS = "fails: ";

  private ResultTable() {}

  /** Every benchmark, the input it reads, and for jobnorm's parses the floor and the target. */
  enum Bench {
    TEXT("ParseBenchmark.text", Input.TEXT, null, "at least 10,000 postings/s", 10_000, 0),
    KAGGLE("ParseBenchmark.kaggle", Input.KAGGLE, null, "", 0, 0),
    LINKEDIN("ParseBenchmark.linkedin", Input.LINKEDIN, "FloorBenchmark.jsoupLinkedin",
        "within 1.5x of jsoup", 0, 1.5),
    JSONLD("ParseBenchmark.jsonld", Input.JSONLD, "FloorBenchmark.jsoupJacksonJsonld",
        "within 1.5x of jsoup + Jackson", 0, 1.5),
    GREENHOUSE("ParseBenchmark.greenhouse", Input.GREENHOUSE, "FloorBenchmark.jacksonGreenhouse",
        "", 0, 0),
    JSOUP_LINKEDIN("FloorBenchmark.jsoupLinkedin", Input.LINKEDIN, null, "", 0, 0),
    JSOUP_JACKSON_JSONLD("FloorBenchmark.jsoupJacksonJsonld", Input.JSONLD, null, "", 0, 0),
    JACKSON_GREENHOUSE("FloorBenchmark.jacksonGreenhouse", Input.GREENHOUSE, null, "", 0, 0),
    PAY("NormalizerBenchmark.payFindAll", Input.KAGGLE, null, "", 0, 0),
    LOCATION("NormalizerBenchmark.locationParse", Input.KAGGLE, null, "", 0, 0),
    SECTIONS("NormalizerBenchmark.sectionSplit", Input.KAGGLE, null, "", 0, 0);

    private final String method;
    private final Input input;
    private final String floor;
    private final String target;
    private final double minRate;
    private final double maxRatio;

    Bench(String method, Input input, String floor, String target, double minRate,
        double maxRatio) {
      this.method = method;
      this.input = input;
      this.floor = floor;
      this.target = target;
      this.minRate = minRate;
      this.maxRatio = maxRatio;
    }

    String method() {
      return method;
    }

    Input input() {
      return input;
    }
  }

  /** The two tables: jobnorm against the floors, and the normalizers alone. */
  static String render(Collection<RunResult> results, Map<Input, String> outcomes) {
    Map<String, Result<?>> scores = new HashMap<>();
    for (RunResult r : results) {
      String name = r.getParams().getBenchmark();
      String shortName = name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1);
      scores.put(shortName, r.getPrimaryResult());
    }
    StringBuilder out = new StringBuilder();
    out.append("| input | parse gives | jobnorm postings/s | floor | floor ops/s "
        + "| jobnorm time / floor time | target | met |\n");
    out.append("|---|---|---:|---|---:|---:|---|---|\n");
    for (Bench b : Bench.values()) {
      if (!b.method.startsWith("ParseBenchmark.") || !scores.containsKey(b.method)) {
        continue;
      }
      Result<?> ours = scores.get(b.method);
      Result<?> floor = b.floor == null ? null : scores.get(b.floor);
      String ratio = floor == null ? "" : String.format(Locale.ROOT, "%.2fx",
          floor.getScore() / ours.getScore());
      String met = "";
      String outcome = outcomes.getOrDefault(b.input, "");
      if (outcome.startsWith(FAILS)) {
        // A failing parse measures the failure path: no target is met by failing fast.
        met = "n/a";
      } else if (b.minRate > 0) {
        met = ours.getScore() >= b.minRate ? "yes" : "no";
      } else if (b.maxRatio > 0 && floor != null) {
        met = floor.getScore() / ours.getScore() <= b.maxRatio ? "yes" : "no";
      }
      out.append("| ").append(b.input.label())
          .append(" | ").append(outcome)
          .append(" | ").append(rate(ours))
          .append(" | ").append(b.floor == null ? "" : floorLabel(b.floor))
          .append(" | ").append(floor == null ? "" : rate(floor))
          .append(" | ").append(ratio)
          .append(" | ").append(b.target)
          .append(" | ").append(met).append(" |\n");
    }
    out.append("\n| normalizer, on the Kaggle row | calls/s | µs per call |\n");
    out.append("|---|---:|---:|\n");
    for (Bench b : Bench.values()) {
      Result<?> r = scores.get(b.method);
      if (!b.method.startsWith("NormalizerBenchmark.") || r == null) {
        continue;
      }
      out.append("| ").append(normalizerLabel(b)).append(" | ").append(rate(r)).append(" | ")
          .append(String.format(Locale.ROOT, "%.1f", 1e6 / r.getScore())).append(" |\n");
    }
    return out.toString();
  }

  private static String rate(Result<?> r) {
    return Double.isNaN(r.getScoreError())
        ? String.format(Locale.ROOT, "%,.0f", r.getScore())
        : String.format(Locale.ROOT, "%,.0f ± %,.0f", r.getScore(), r.getScoreError());
  }

  private static String floorLabel(String floor) {
    return switch (floor) {
      case "FloorBenchmark.jsoupLinkedin" -> "Jsoup.parse";
      case "FloorBenchmark.jsoupJacksonJsonld" -> "Jsoup.parse + Jackson readTree";
      case "FloorBenchmark.jacksonGreenhouse" -> "Jackson readTree";
      default -> floor;
    };
  }

  private static String normalizerLabel(Bench b) {
    return switch (b) {
      case PAY -> "PayParser.findAll (description)";
      case LOCATION -> "LocationParser.parse (location column)";
      case SECTIONS -> "SectionSplitter.split (description, TEXT)";
      default -> b.method;
    };
  }
}
