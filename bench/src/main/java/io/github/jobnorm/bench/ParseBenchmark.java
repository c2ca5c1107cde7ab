package io.github.jobnorm.bench;

import io.github.jobnorm.JobNorm;
import io.github.jobnorm.ParseOptions;
import io.github.jobnorm.ParseResult;
import io.github.jobnorm.source.table.TableRow;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Setup;

/** Whole parses through the public facade, one input kind per benchmark: postings per second. */
public class ParseBenchmark extends OneThread {
  private String text;
  private TableRow kaggle;
  private String linkedin;
  private String jsonld;
  private String greenhouse;

  /** Loads the inputs that are present; the runner only selects benchmarks whose input is. */
  @Setup
  public void load() {
    text = Input.TEXT.text().orElse(null);
    kaggle = Input.kaggleTableRow().orElse(null);
    linkedin = Input.LINKEDIN.text().orElse(null);
    jsonld = Input.JSONLD.text().orElse(null);
    greenhouse = Input.GREENHOUSE.text().orElse(null);
  }

  /** The reference LinkedIn-style text posting. */
  @Benchmark
  public ParseResult text() {
    return JobNorm.parse(text);
  }

  /** A Kaggle row, read by the table reader beforehand: the row's normalization alone. */
  @Benchmark
  public ParseResult kaggle() {
    return JobNorm.parse(kaggle, ParseOptions.defaults());
  }

  /** The LinkedIn guest job page. */
  @Benchmark
  public ParseResult linkedin() {
    return JobNorm.parse(linkedin);
  }

  /** The Indeed page with schema.org JSON-LD. */
  @Benchmark
  public ParseResult jsonld() {
    return JobNorm.parse(jsonld);
  }

  /** The Greenhouse job JSON. */
  @Benchmark
  public ParseResult greenhouse() {
    return JobNorm.parse(greenhouse);
  }
}
