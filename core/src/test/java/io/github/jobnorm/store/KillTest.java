package io.github.jobnorm.store;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.jobnorm.store.Boards.Job;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a run at random points and checks that nothing is lost and nothing written twice: each
 * trial starts a child JVM on a copy of one seeded store against slow stub boards, kills it
 * (SIGKILL) after a random number of its requests plus a random delay, re-runs cleanly, and
 * compares the events file with the events of an uninterrupted run from the same seed.
 */
class KillTest {
  @RegisterExtension static WireMockExtension wm = Boards.server();
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String[] BOARDS = {"alder", "birch", "cedar", "dogwood", "elm"};
  private static final int TRIALS = 20;
  private static final int DELAY_MS = 200;

  @TempDir Path dir;

  private static List<Job> jobs(int board, boolean edited) {
    List<Job> jobs = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      int id = 7000 + board * 10 + i;
      if (edited && i == 1) {
        continue; // removed
      }
      Job j = new Job(id, "Engineer " + BOARDS[board] + " " + i, "Denver, CO", 100000 + i * 1000,
          120000 + i * 1000, Boards.body(BOARDS[board] + " system " + i));
      jobs.add(edited && i == 0 ? j.withPay(111000, 131000) : j);
    }
    if (edited) {
      jobs.add(new Job(7000 + board * 10 + 9, "Analyst " + BOARDS[board], "Denver, CO", 0, 0,
          Boards.body(BOARDS[board] + " analytics")));
    }
    return jobs;
  }

  private static void stubAll(boolean edited, int delayMs) {
    for (int b = 0; b < BOARDS.length; b++) {
      wm.stubFor(get(urlPathEqualTo("/v1/boards/" + BOARDS[b] + "/jobs")).willReturn(
          aResponse().withHeader("Content-Type", "application/json").withFixedDelay(delayMs)
              .withBody(Boards.board("Company " + BOARDS[b], BOARDS[b], jobs(b, edited)))));
    }
  }

  /** A folder with a run file whose requests carry the folder's own user agent, and the seed. */
  private Path trialDir(String name, Path seed) throws IOException {
    Path d = Files.createDirectories(dir.resolve(name));
    List<String> lines = new ArrayList<>(List.of("sources:"));
    for (String b : BOARDS) {
      lines.add("  - greenhouse: " + b);
    }
    lines.add("politeness: {ignoreRobots: true, rate: 500, maxAttempts: 1, userAgent: " + name
        + "/1}");
    Files.write(d.resolve("jobnorm.yaml"), lines);
    if (seed != null) {
      Files.copy(seed, d.resolve("jobnorm.db"));
    }
    return d;
  }

  /**
   * Runs in this JVM until a run reads every board: a connection the killed child left half
   * open can fail one fetch of the next run, and a clean re-run is one that read everything.
   */
  private static void runInProcess(Path d) throws Exception {
    Path file = d.resolve("jobnorm.yaml");
    for (int attempt = 1; ; attempt++) {
      Aggregator.Summary s = RunFiles.run(file, RunFile.read(file),
          RunSettings.defaults(new ByteArrayOutputStream()).withBaseUrlOverride(wm.baseUrl()));
      if (s.record().status() == RunRecord.Status.DONE || attempt == 3) {
        assertThat(s.record().failures()).as("failures of the clean run in %s", d).isEmpty();
        return;
      }
    }
  }

  /** Each event as what must match between runs: all but its number and time. */
  private static List<String> events(Path d) throws IOException {
    Path file = d.resolve("jobnorm.events.jsonl");
    List<String> out = new ArrayList<>();
    long lastSeq = 0;
    for (String line : Files.exists(file) ? Files.readAllLines(file) : List.<String>of()) {
      JsonNode e = JSON.readTree(line);
      assertThat(e.get("seq").asLong()).as("seq in %s", file).isGreaterThan(lastSeq);
      lastSeq = e.get("seq").asLong();
      out.add(e.get("change").asText() + " " + e.get("source").asText() + " "
          + e.at("/posting/id").asText() + " " + e.get("changedFields") + " "
          + e.get("duplicateOf").asText());
    }
    out.sort(null);
    return out;
  }

  @Test
  void aRunKilledAtAnyPointLosesNoEventAndWritesNoneTwice() throws Exception {
    stubAll(false, 0);
    Path seedDir = trialDir("seed", null);
    runInProcess(seedDir);
    Path seed = seedDir.resolve("jobnorm.db");
    stubAll(true, DELAY_MS);
    Path referenceDir = trialDir("reference", seed);
    runInProcess(referenceDir);
    List<String> reference = events(referenceDir);
    assertThat(reference).hasSize(15).filteredOn(e -> e.startsWith("CHANGED"))
        .allMatch(e -> e.contains("[\"pay\"]"));

    ExecutorService pool = Executors.newFixedThreadPool(4);
    List<Future<Boolean>> trials = new ArrayList<>();
    for (int t = 0; t < TRIALS; t++) {
      Path d = trialDir("trial" + t, seed);
      Random random = new Random(1000 + t);
      trials.add(pool.submit(() -> killAndRerun(d, random, reference)));
    }
    int killedMidRun = 0;
    for (Future<Boolean> f : trials) {
      killedMidRun += f.get(5, TimeUnit.MINUTES) ? 1 : 0;
    }
    pool.shutdown();
    assertThat(killedMidRun).as("trials whose child was killed before it ended")
        .isGreaterThanOrEqualTo(TRIALS / 2);
  }

  /** One trial; true when the child was still running when it was killed. */
  private boolean killAndRerun(Path d, Random random, List<String> reference) throws Exception {
    String agent = d.getFileName() + "/1";
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String cp = System.getProperty("surefire.test.class.path",
        System.getProperty("java.class.path"));
    Process child = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
        "-cp", cp, KillChild.class.getName(), d.resolve("jobnorm.yaml").toString(), wm.baseUrl())
        .redirectErrorStream(true).redirectOutput(d.resolve("child.log").toFile()).start();
    int afterRequests = random.nextInt(BOARDS.length + 1);
    long extraMs = random.nextInt(DELAY_MS * 2);
    long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
    while (afterRequests > 0 && child.isAlive() && System.nanoTime() < deadline
        && requests(agent) < afterRequests) {
      Thread.sleep(10);
    }
    Thread.sleep(extraMs);
    boolean alive = child.isAlive();
    child.destroyForcibly();
    assertThat(child.waitFor(1, TimeUnit.MINUTES)).isTrue();

    runInProcess(d);

    assertThat(events(d)).as("events of %s, killed after %d requests + %d ms", d.getFileName(),
        afterRequests, extraMs).isEqualTo(reference);
    return alive;
  }

  private static int requests(String agent) {
    return wm.findAll(getRequestedFor(anyUrl()).withHeader("User-Agent", equalTo(agent))).size();
  }
}
