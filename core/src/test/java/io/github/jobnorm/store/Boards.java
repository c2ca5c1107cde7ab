package io.github.jobnorm.store;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Greenhouse boards on a loopback stub, and run files that read them, for the store's tests. */
final class Boards {
  private static final ObjectMapper JSON = new ObjectMapper();

  private Boards() {}

  /** A stub server on a free loopback port. */
  static WireMockExtension server() {
    return WireMockExtension.newInstance()
        .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1").gzipDisabled(true))
        .build();
  }

  /**
   * A job of a Greenhouse board.
   *
   * @param id the Greenhouse id
   * @param title the title
   * @param location the location name
   * @param minDollars the bottom of the pay range, or 0 for none
   * @param maxDollars the top of the pay range
   * @param body the description's paragraph
   */
  record Job(long id, String title, String location, int minDollars, int maxDollars, String body) {
    Job withPay(int min, int max) {
      return new Job(id, title, location, min, max, body);
    }
  }

  /** A board of these jobs at a company, as the Greenhouse job board API answers. */
  static String board(String company, String token, List<Job> jobs) {
    ObjectNode root = JSON.createObjectNode();
    ArrayNode array = root.putArray("jobs");
    for (Job j : jobs) {
      ObjectNode o = array.addObject();
      o.put("absolute_url", "https://job-boards.greenhouse.io/" + token + "/jobs/" + j.id());
      o.putObject("location").put("name", j.location());
      o.put("id", j.id());
      o.put("updated_at", "2026-11-10T08:12:40-05:00");
      o.put("title", j.title());
      o.put("company_name", company);
      o.put("first_published", "2026-11-03T10:30:00-05:00");
      o.put("content", "&lt;p&gt;" + j.body() + "&lt;/p&gt;");
      if (j.minDollars() > 0) {
        ObjectNode pay = o.putArray("pay_input_ranges").addObject();
        pay.put("min_cents", j.minDollars() * 100L);
        pay.put("max_cents", j.maxDollars() * 100L);
        pay.put("currency_type", "USD");
        pay.put("title", "Base salary");
      }
    }
    root.putObject("meta").put("total", jobs.size());
    return root.toString();
  }

  /** Stubs a board's feed. */
  static void stub(WireMockExtension wm, String token, String body) {
    wm.stubFor(get(urlPathEqualTo("/v1/boards/" + token + "/jobs")).willReturn(
        aResponse().withHeader("Content-Type", "application/json").withBody(body)));
  }

  /** Writes a run file of Greenhouse boards, fetched fast and without retries, in the folder. */
  static Path runFile(Path dir, String... tokens) throws IOException {
    List<String> lines = new ArrayList<>();
    lines.add("sources:");
    for (String t : tokens) {
      lines.add("  - greenhouse: " + t);
    }
    lines.add("politeness: {ignoreRobots: true, rate: 200, maxAttempts: 1}");
    Path file = dir.resolve("jobnorm.yaml");
    Files.write(file, lines);
    return file;
  }

  /** A paragraph of about 60 words that differs by job, so descriptions are not near-identical. */
  static String body(String topic) {
    return "You will work on " + topic + " with a small team that ships every week. "
        + "The work covers design, code review, testing and operations of the " + topic
        + " services, and talking with customers about what they need from " + topic + ". "
        + "We look for people who write clearly, who like to measure before they change "
        + "things, and who have built and run " + topic + " systems in production before.";
  }
}
