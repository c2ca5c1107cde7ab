package io.github.jobnorm.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The floors no normalizer of the same input can beat: jsoup parsing the page alone, Jackson
 * reading the JSON into a tree alone. Same inputs as {@link ParseBenchmark}.
 */
public class FloorBenchmark extends OneThread {
  private final ObjectMapper mapper = new ObjectMapper();
  private String linkedin;
  private String jsonld;
  private List<String> jsonldScripts;
  private String greenhouse;

  /** Loads the inputs and cuts the JSON-LD scripts out of the JSON-LD page once. */
  @Setup
  public void load() {
    linkedin = Input.LINKEDIN.text().orElse(null);
    jsonld = Input.JSONLD.text().orElse(null);
    greenhouse = Input.GREENHOUSE.text().orElse(null);
    jsonldScripts = new ArrayList<>();
    if (jsonld != null) {
      for (Element script : Jsoup.parse(jsonld).select("script[type=application/ld+json]")) {
        jsonldScripts.add(script.data());
      }
    }
  }

  /** jsoup's parse of the LinkedIn page. */
  @Benchmark
  public Document jsoupLinkedin() {
    return Jsoup.parse(linkedin);
  }

  /** jsoup's parse of the JSON-LD page plus Jackson's tree of each JSON-LD script in it. */
  @Benchmark
  public void jsoupJacksonJsonld(Blackhole bh) throws JsonProcessingException {
    bh.consume(Jsoup.parse(jsonld));
    for (String script : jsonldScripts) {
      bh.consume(mapper.readTree(script));
    }
  }

  /** Jackson's tree of the Greenhouse JSON. */
  @Benchmark
  public JsonNode jacksonGreenhouse() throws JsonProcessingException {
    return mapper.readTree(greenhouse);
  }
}
