package io.github.jobnorm.bench;

import io.github.jobnorm.normalize.LocationParser;
import io.github.jobnorm.normalize.LocationResult;
import io.github.jobnorm.normalize.PayContext;
import io.github.jobnorm.normalize.PayMatch;
import io.github.jobnorm.normalize.PayParser;
import io.github.jobnorm.normalize.SectionSplitter;
import io.github.jobnorm.normalize.SplitResult;
import io.github.jobnorm.source.DescriptionFormat;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Setup;

/** The normalizers alone on the Kaggle row: calls per second. */
public class NormalizerBenchmark extends OneThread {
  private String description;
  private String location;

  /** Loads the Kaggle row's description and location. */
  @Setup
  public void load() {
    Map<String, String> row = Input.kaggleRow().orElse(Map.of());
    description = row.get("description"); // what Input.KAGGLE.text() gives, without a second read
    location = row.getOrDefault("location", "Fort Collins, CO");
  }

  /** {@code PayParser.findAll} over the whole description. */
  @Benchmark
  public List<PayMatch> payFindAll() {
    return PayParser.findAll(description, PayContext.NONE);
  }

  /** {@code LocationParser.parse} of the row's location column. */
  @Benchmark
  public LocationResult locationParse() {
    return LocationParser.standard().parse(location, null);
  }

  /** {@code SectionSplitter.split} of the description as text. */
  @Benchmark
  public SplitResult sectionSplit() {
    return SectionSplitter.split(description, DescriptionFormat.TEXT);
  }
}
