package io.github.jobnorm.store;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.jobnorm.fixtures.Fixtures;
import io.github.jobnorm.store.Boards.Job;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Runs against a stubbed Greenhouse board: new, changed, closed, and a board that fails. */
class AggregatorRunTest {
  @RegisterExtension static WireMockExtension wm = Boards.server();
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  private final Job backend = new Job(5001, "Senior Backend Engineer", "San Francisco, CA",
      185000, 225000, Boards.body("payments ledgers"));
  private final Job support = new Job(5002, "Customer Support Specialist", "Austin, TX",
      0, 0, Boards.body("clinic billing support"));
  private final Job product = new Job(5003, "Product Manager, Claims", "New York, NY",
      150000, 170000, Boards.body("insurance claims products"));
  private final Job designer = new Job(5004, "Product Designer", "Remote - United States",
      130000, 150000, Boards.body("clinic scheduling design"));

  private Aggregator.Summary run(Path runFile) throws Exception {
    return RunFiles.run(runFile, RunFile.read(runFile),
        RunSettings.defaults(new ByteArrayOutputStream()).withBaseUrlOverride(wm.baseUrl()));
  }

  private List<JsonNode> events() throws IOException {
    List<JsonNode> out = new ArrayList<>();
    for (String line : Files.readAllLines(dir.resolve("jobnorm.events.jsonl"))) {
      out.add(JSON.readTree(line));
    }
    return out;
  }

  @Test
  void newThenChangedClosedAndNewThenNothingClosedWhenTheBoardFails() throws Exception {
    Path runFile = Boards.runFile(dir, "northwind");
    Boards.stub(wm, "northwind",
        Boards.board("Northwind Labs", "northwind", List.of(backend, support, product)));

    Aggregator.Summary first = run(runFile);

    assertThat(events()).extracting(e -> e.get("change").asText(), e -> e.at("/posting/id").asText())
        .containsExactly(tuple("NEW", "greenhouse:5001"), tuple("NEW", "greenhouse:5002"),
            tuple("NEW", "greenhouse:5003"));
    assertThat(events()).extracting(e -> e.get("seq").asLong()).containsExactly(1L, 2L, 3L);
    assertThat(first.record().status()).isEqualTo(RunRecord.Status.DONE);
    assertThat(first.record().newCount()).isEqualTo(3);

    Boards.stub(wm, "northwind", Boards.board("Northwind Labs", "northwind",
        List.of(backend.withPay(190000, 230000), product, designer)));
    Aggregator.Summary second = run(runFile);

    List<JsonNode> secondEvents = events().subList(3, events().size());
    assertThat(secondEvents).extracting(e -> e.get("change").asText(),
            e -> e.at("/posting/id").asText(), e -> e.get("changedFields").toString())
        .containsExactlyInAnyOrder(
            tuple("CHANGED", "greenhouse:5001", "[\"pay\"]"),
            tuple("NEW", "greenhouse:5004", "[]"),
            tuple("CLOSED", "greenhouse:5002", "[]"));
    JsonNode changed = secondEvents.stream()
        .filter(e -> e.get("change").asText().equals("CHANGED")).findFirst().orElseThrow();
    assertThat(changed.at("/posting/pay/0/min").decimalValue()).isEqualByComparingTo("190000");
    assertThat(changed.get("source").asText()).isEqualTo("greenhouse:northwind");
    assertThat(second.record())
        .extracting(RunRecord::newCount, RunRecord::changedCount, RunRecord::closedCount,
            RunRecord::seenCount)
        .containsExactly(1, 1, 1, 3);

    wm.stubFor(get(urlPathEqualTo("/v1/boards/northwind/jobs"))
        .willReturn(aResponse().withStatus(503).withBody("down for maintenance")));
    Aggregator.Summary third = run(runFile);

    assertThat(events()).hasSize(6);
    assertThat(third.record().status()).isEqualTo(RunRecord.Status.DONE_WITH_FAILURES);
    assertThat(third.record().closedCount()).isZero();
    assertThat(third.record().failures()).singleElement()
        .satisfies(f -> {
          assertThat(f.source()).isEqualTo("greenhouse:northwind");
          assertThat(f.message()).contains("greenhouse:northwind could not be fetched", "503");
        });
  }

  @Test
  void anUnchangedBoardAnswers304BecauseItsValidatorsWereKeptInTheStore() throws Exception {
    Path runFile = Boards.runFile(dir, "harbor");
    String body = Boards.board("Harbor Health", "harbor", List.of(backend, support));
    wm.stubFor(get(urlPathEqualTo("/v1/boards/harbor/jobs")).willReturn(aResponse()
        .withHeader("Content-Type", "application/json").withHeader("ETag", "\"v1\"")
        .withBody(body)));
    wm.stubFor(get(urlPathEqualTo("/v1/boards/harbor/jobs"))
        .withHeader("If-None-Match", equalTo("\"v1\""))
        .willReturn(aResponse().withStatus(304).withHeader("ETag", "\"v1\"")));

    run(runFile);
    Aggregator.Summary second = run(runFile);

    wm.verify(getRequestedFor(urlPathEqualTo("/v1/boards/harbor/jobs"))
        .withHeader("If-None-Match", equalTo("\"v1\"")));
    assertThat(events()).extracting(e -> e.get("change").asText()).containsExactly("NEW", "NEW");
    assertThat(second.record().seenCount()).isEqualTo(2);
    assertThat(second.record().failures()).isEmpty();
  }

  @Test
  void allModeWritesEveryOpenPostingAgainAsUnchanged() throws Exception {
    Path runFile = Boards.runFile(dir, "brightpath");
    Boards.stub(wm, "brightpath", Boards.board("Brightpath", "brightpath", List.of(backend)));
    run(runFile);

    RunFiles.run(runFile, RunFile.read(runFile),
        RunSettings.defaults(new ByteArrayOutputStream()).withBaseUrlOverride(wm.baseUrl())
            .withMode(Aggregator.Mode.ALL));

    assertThat(events()).extracting(e -> e.get("change").asText())
        .containsExactly("NEW", "UNCHANGED");
  }

  private Path urlsRunFile(String... paths) throws IOException {
    List<String> lines = new ArrayList<>();
    lines.add("sources:");
    lines.add("  - urls:");
    for (String p : paths) {
      lines.add("      - " + wm.baseUrl() + p);
    }
    lines.add("    name: watched");
    lines.add("politeness: {ignoreRobots: true, rate: 200, maxAttempts: 1}");
    return Files.write(dir.resolve("jobnorm.yaml"), lines);
  }

  /** A page answering 404 is gone, an answer rather than a failure: the list is complete. */
  @Test
  void aUrlListReadsEachPageAndA404IsNotAFailure() throws Exception {
    wm.stubFor(get("/jobs/view/4288556033").willReturn(aResponse()
        .withHeader("Content-Type", "text/html; charset=utf-8")
        .withBody(Fixtures.get("linkedin", "eaton-supply-chain-analyst").text())));
    wm.stubFor(get("/jobs/view/1").willReturn(aResponse().withStatus(404)));

    Aggregator.Summary s = run(urlsRunFile("/jobs/view/4288556033", "/jobs/view/1"));

    assertThat(events()).extracting(e -> e.get("change").asText(),
            e -> e.at("/posting/id").asText(), e -> e.at("/posting/title").asText(),
            e -> e.get("source").asText())
        .containsExactly(tuple("NEW", "linkedin:4288556033", "Supply Chain Analyst", "watched"));
    assertThat(events().get(0).at("/posting/source/fetchedAt").isNull()).isFalse();
    assertThat(s.record().status()).isEqualTo(RunRecord.Status.DONE);
    assertThat(s.record().failures()).isEmpty();
  }

  /** Each page is parsed as {@code JobNorm.parse} parses it, with its checks and failures. */
  @Test
  void aBlankPageInAUrlListIsAFailureOfThatPageOnly() throws Exception {
    wm.stubFor(get("/jobs/view/4288556033").willReturn(aResponse()
        .withHeader("Content-Type", "text/html; charset=utf-8")
        .withBody(Fixtures.get("linkedin", "eaton-supply-chain-analyst").text())));
    wm.stubFor(get("/blank").willReturn(aResponse()
        .withHeader("Content-Type", "text/html; charset=utf-8").withBody("  \n")));

    Aggregator.Summary s = run(urlsRunFile("/blank", "/jobs/view/4288556033"));

    assertThat(events()).extracting(e -> e.at("/posting/id").asText())
        .containsExactly("linkedin:4288556033");
    assertThat(s.record().status()).isEqualTo(RunRecord.Status.DONE_WITH_FAILURES);
    assertThat(s.record().failures()).extracting(RunRecord.Failure::source, RunRecord.Failure::message)
        .containsExactly(tuple("watched", wm.baseUrl() + "/blank: input is empty"));
  }
}
