package io.github.jobnorm.cli;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's aggregator demo as it is written: {@code examples/jobnorm.yaml} against the stubs
 * of {@code examples/stubs} (served from the fixtures), twice.
 */
class ExampleRunTest {
  private static final Path EXAMPLES = Path.of("..", "examples");

  @RegisterExtension
  static WireMockExtension wm =
      WireMockExtension.newInstance()
          .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")
              .usingFilesUnderDirectory(EXAMPLES.resolve("stubs").toString()))
          .build();

  @TempDir Path dir;

  @Test
  void theExampleRunFileGivesANewEventPerPostingThenNothing() throws Exception {
    // a copy, so that the store and events files are written in a temporary folder
    Path file = dir.resolve("jobnorm.yaml");
    Files.copy(EXAMPLES.resolve("jobnorm.yaml"), file);

    CliRun first = CliRun.run("run", file.toString(), "--base-url-override", wm.baseUrl(), "--output", "-");

    assertThat(first.exitCode()).as(first.err()).isEqualTo(ExitCodes.OK);
    List<JsonNode> events = lines(first.out());
    assertThat(events).extracting(e -> e.get("change").asText()).containsOnly("NEW");
    // two Greenhouse jobs, two Lever postings, three Ashby jobs in the fixtures
    assertThat(events).extracting(e -> e.get("source").asText())
        .containsExactlyInAnyOrder("greenhouse:northwindlabs", "greenhouse:northwindlabs",
            "lever:brightpath", "lever:brightpath", "harbor-health", "harbor-health", "harbor-health");

    CliRun second = CliRun.run("run", file.toString(), "--base-url-override", wm.baseUrl(), "--output", "-");

    assertThat(second.exitCode()).as(second.err()).isEqualTo(ExitCodes.OK);
    assertThat(second.out()).isEmpty();
    assertThat(second.err()).contains("0 new, 0 changed, 0 closed");
  }

  private static List<JsonNode> lines(String out) throws Exception {
    ObjectMapper json = new ObjectMapper();
    List<JsonNode> nodes = new ArrayList<>();
    for (String line : out.split("\n")) {
      if (!line.isBlank()) {
        nodes.add(json.readTree(line));
      }
    }
    return nodes;
  }
}
