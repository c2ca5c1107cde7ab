package io.github.jobnorm.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.github.jobnorm.fetch.Fetcher;
import io.github.jobnorm.fixtures.Corpus;
import io.github.jobnorm.fixtures.Fixtures;
import io.github.jobnorm.json.JobPostingJson;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Batches: folders, tables, standard input, order, failures, the errors file, exit codes. */
class BatchParseTest {
  static final String JOBS_CSV = "id,site,job_url,title,company,location,description\r\n"
      + "li-4201606814,linkedin,https://www.linkedin.com/jobs/view/4201606814,"
      + "Senior Software Engineer - React Development,Trenser Technology Solutions (P) Ltd.,"
      + "\"Trivandrum, Kerala, India\",\"**Overview**\n This position is for a Software Engineer"
      + " responsible to develop ReactJS applications.\n\n- Build \"\"reusable\"\" components\"\r\n"
      + "in-ffd94d6e0bd5d98c,indeed,https://fr.indeed.com/viewjob?jk=ffd94d6e0bd5d98c,"
      + "AI ENGINEER - INGENIEUR IA H/F,Pro'G Traiteur,\"Moissy-Cramayel, A8, FR\","
      + "\"Vous êtes passionné(e) par l’intelligence artificielle,\ncurieux(se), rigoureux(se)\"\r\n";

  @TempDir Path dir;
  Path reference;

  @BeforeEach
  void copyReference() throws Exception {
    reference = CliRun.copyReference(dir);
  }

  static List<JsonNode> lines(String out) {
    return out.lines().map(l -> {
      try {
        return JobPostingJson.mapper().readTree(l);
      } catch (Exception e) {
        throw new AssertionError("not a JSON line: " + l, e);
      }
    }).toList();
  }

  @Test
  void aCsvWithQuotedMultiLineDescriptionsGivesOneLinePerRow() throws Exception {
    Path csv = Files.writeString(dir.resolve("jobs.csv"), JOBS_CSV, StandardCharsets.UTF_8);
    CliRun r = CliRun.run("parse", csv.toString());
    assertThat(r.exitCode()).isEqualTo(ExitCodes.OK);
    List<JsonNode> postings = lines(r.out());
    assertThat(postings).extracting(p -> p.get("id").asText())
        .containsExactly("linkedin:4201606814", "indeed:ffd94d6e0bd5d98c");
    assertThat(postings.get(0).get("source").get("format").asText()).isEqualTo("CSV_ROW");
    assertThat(postings.get(0).get("description").asText())
        .contains("ReactJS applications").contains("\"reusable\"");
    assertThat(postings.get(1).get("company").get("name").asText()).isEqualTo("Pro'G Traiteur");
    assertThat(r.err()).startsWith("parsed 2, failed 0, ");
  }

  @Test
  void aMixedFolderIsReadRecursivelyInPathOrderSkippingHiddenFiles() throws Exception {
    Path folder = Files.createDirectory(dir.resolve("saved"));
    Files.copy(reference, folder.resolve("a-reference.txt"));
    Files.writeString(folder.resolve("b-jobs.csv"), JOBS_CSV);
    Files.write(folder.resolve("c-logo.png"),
        new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0});
    Files.createFile(folder.resolve("d-empty.txt"));
    Path html = Corpus.file("dinie-coverletterer/linkedin_job.html");
    Path sub = Files.createDirectory(folder.resolve("e-pages"));
    Files.copy(html, sub.resolve("linkedin_job.html"));
    Path indeed = Corpus.file("dinie-coverletterer/indeed_job.html");
    String jsonLd = Jsoup.parse(indeed.toFile(), "UTF-8")
        .selectFirst("script[type=application/ld+json]").data();
    Files.writeString(sub.resolve("indeed.jsonld.json"), jsonLd);
    Files.writeString(folder.resolve(".hidden.txt"), "not read");
    Files.createDirectory(folder.resolve(".cache"));
    Files.copy(reference, folder.resolve(".cache/copy.txt"));

    CliRun r = CliRun.run("parse", "-j", "2", folder.toString());
    List<JsonNode> postings = lines(r.out());
    List<String> failures = r.err().lines().filter(l -> l.startsWith("jobnorm: ")).toList();
    assertThat(postings).extracting(p -> p.get("title").asText()).containsExactly(
        "Research Scientist Intern", "Senior Software Engineer - React Development",
        "AI ENGINEER - INGENIEUR IA H/F", "Senior DevOps Engineer",
        "Senior Software Engineer - Developer Experience");
    assertThat(postings).extracting(p -> p.get("source").get("format").asText())
        .containsExactly("TEXT", "CSV_ROW", "CSV_ROW", "JSON_LD", "HTML");
    assertThat(postings.get(4).get("id").asText()).isEqualTo("linkedin:4411867124");
    assertThat(failures).containsExactly(
        "jobnorm: " + folder.resolve("c-logo.png")
            + ": input is binary (PNG image), not a text, HTML or JSON posting",
        "jobnorm: " + folder.resolve("d-empty.txt") + ": input is empty");
    assertThat(r.err()).doesNotContain(".hidden").doesNotContain(".cache")
        .doesNotContain("Exception");
    assertThat(r.exitCode()).isEqualTo(ExitCodes.SOME_FAILED);
    assertThat(r.err().lines().reduce((a, b) -> b).orElseThrow())
        .startsWith("parsed " + postings.size() + ", failed " + failures.size() + ", ");
  }

  @Test
  void standardInputMayBeATable() {
    CliRun r = CliRun.runWithStdin(JOBS_CSV, "parse", "-");
    assertThat(r.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(lines(r.out())).hasSize(2);
    CliRun jsonl = CliRun.runWithStdin("{\"title\":\"Chef\",\"description\":\"Cook.\"}\n"
        + "{\"title\":\"Nurse\",\"description\":\"Care.\"}\n", "parse", "-q", "-");
    assertThat(lines(jsonl.out())).extracting(p -> p.get("title").asText())
        .containsExactly("Chef", "Nurse");
    assertThat(jsonl.err()).isEmpty();
  }

  @Test
  void badRowsAreReportedWithTheirRowNumberAndGoToTheErrorsFile() throws Exception {
    Path csv = Files.writeString(dir.resolve("jobs.csv"),
        "title,description\nChef,Cook\nNurse,Care,extra\n,\nBaker,Bake\n");
    Path errors = dir.resolve("errors.jsonl");
    CliRun r = CliRun.run("parse", "-q", "--errors", errors.toString(), csv.toString(),
        dir.resolve("missing.txt").toString());
    assertThat(r.exitCode()).isEqualTo(ExitCodes.SOME_FAILED);
    assertThat(lines(r.out())).extracting(p -> p.get("title").asText())
        .containsExactly("Chef", "Baker");
    assertThat(r.err().lines()).containsExactly(
        "jobnorm: " + csv + ":row 2: row has 3 cells but the header has 2; check its quoting",
        "jobnorm: " + csv + ":row 3: row has neither a title nor a description",
        "jobnorm: " + dir.resolve("missing.txt") + ": no such file");
    List<JsonNode> logged = lines(Files.readString(errors));
    assertThat(logged).hasSize(3);
    assertThat(logged.get(0).toString()).isEqualTo("{\"input\":" + quoted(csv)
        + ",\"row\":2,\"reason\":\"MALFORMED\","
        + "\"message\":\"row has 3 cells but the header has 2; check its quoting\"}");
    assertThat(logged.get(1).get("reason").asText()).isEqualTo("EMPTY_INPUT");
    assertThat(logged.get(2).get("row").isNull()).isTrue();
    assertThat(logged.get(2).get("reason").asText()).isEqualTo("UNREADABLE");
  }

  private static String quoted(Path p) throws Exception {
    return JobPostingJson.mapper().writeValueAsString(p.toString());
  }

  @Test
  void failFastStopsAtTheFirstFailure() throws Exception {
    Path csv = Files.writeString(dir.resolve("jobs.csv"),
        "title,description\nChef,Cook\nNurse,Care,extra\nBaker,Bake\n");
    CliRun r = CliRun.run("parse", "--fail-fast", "-j", "3", csv.toString(),
        reference.toString());
    assertThat(r.exitCode()).isEqualTo(ExitCodes.SOME_FAILED);
    assertThat(lines(r.out())).extracting(p -> p.get("title").asText()).containsExactly("Chef");
    assertThat(r.err()).startsWith("jobnorm: " + csv + ":row 2: ");
    CliRun first = CliRun.run("parse", "--fail-fast", dir.resolve("nope.txt").toString(),
        reference.toString());
    assertThat(first.exitCode()).isEqualTo(ExitCodes.NOTHING_READ);
    assertThat(first.out()).isEmpty();
  }

  @Test
  void parallelParsingKeepsTheInputOrder() throws Exception {
    StringBuilder csv = new StringBuilder("job_id,title,description\n");
    for (int i = 1; i <= 300; i++) {
      csv.append(i).append(",Job ").append(i).append(",\"Line one of ").append(i)
          .append(".\nLine two.\"\n");
    }
    Path file = Files.writeString(dir.resolve("many.csv"), csv);
    CliRun r = CliRun.run("parse", "-q", "-j", "4", "-f", "jsonl", file.toString());
    List<JsonNode> postings = lines(r.out());
    assertThat(postings).hasSize(300);
    for (int i = 0; i < 300; i++) {
      assertThat(postings.get(i).get("title").asText()).isEqualTo("Job " + (i + 1));
    }
    assertThat(CliRun.run("parse", "-q", "-j", "1", "-f", "jsonl", file.toString()).out())
        .isEqualTo(r.out());
  }

  @Test
  void columnsMapsOtherHeadings() throws Exception {
    Path csv = Files.writeString(dir.resolve("mine.csv"),
        "Ref,Position Name,Text\n7,Chef,Cook and clean.\n");
    CliRun none = CliRun.run("parse", csv.toString());
    assertThat(none.exitCode()).isEqualTo(ExitCodes.NOTHING_READ);
    assertThat(none.err()).startsWith("jobnorm: " + csv
        + ": no title or description column in the header [Ref, Position Name, Text]");
    CliRun r = CliRun.run("parse", "--columns", "title=Position Name,description=text,id=ref",
        csv.toString());
    assertThat(r.exitCode()).isEqualTo(ExitCodes.OK);
    JsonNode p = lines(r.out()).get(0);
    assertThat(p.get("title").asText()).isEqualTo("Chef");
    assertThat(p.get("source").get("jobId").asText()).isEqualTo("7");
    CliRun bad = CliRun.run("parse", "--columns", "titel=Job Title", csv.toString());
    assertThat(bad.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(bad.err()).contains("unknown field 'titel'");
  }

  @Test
  void inputFormatForcesHowAnInputIsRead() throws Exception {
    Path noExt = Files.writeString(dir.resolve("export"),
        "{\"name\":\"Chef\",\"text\":\"Cook\"}\n");
    CliRun auto = CliRun.run("parse", noExt.toString());
    assertThat(auto.exitCode()).isEqualTo(ExitCodes.NOTHING_READ);
    CliRun forced = CliRun.run("parse", "-i", "jsonl", "--columns", "title=name,description=text",
        noExt.toString());
    assertThat(forced.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(lines(forced.out()).get(0).get("description").asText()).isEqualTo("Cook");
    Path csvAsText = Files.writeString(dir.resolve("posting.csv"),
        Fixtures.get("linkedin", "linkedin-4104804862").text());
    CliRun text = CliRun.run("parse", "-i", "TEXT", csvAsText.toString());
    assertThat(text.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(lines(text.out()).get(0).get("id").asText()).isEqualTo("linkedin:4104804862");
    assertThat(CliRun.run("parse", "-i", "pdf", csvAsText.toString()).exitCode())
        .isEqualTo(ExitCodes.USAGE);
  }

  @Test
  void urlsAreFetchedPolitelyAndParsed() throws Exception {
    WireMockServer server = new WireMockServer(wireMockConfig().dynamicPort()
        .bindAddress("127.0.0.1"));
    server.start();
    try {
      server.stubFor(get("/robots.txt").willReturn(aResponse().withStatus(404)));
      server.stubFor(get("/jobs/4104804862").willReturn(aResponse()
          .withHeader("Content-Type", "text/plain; charset=utf-8")
          .withBody(Fixtures.get("linkedin", "linkedin-4104804862").bytes())));
      server.stubFor(get("/gone").willReturn(aResponse().withStatus(404)));
      String base = "http://127.0.0.1:" + server.port();
      CliRun r = CliRun.runWithFetcher(() -> Fetcher.builder().jitter(Duration.ZERO)
              .defaultRate(100).maxAttempts(1).build(),
          "parse", "-q", base + "/jobs/4104804862", base + "/gone");
      assertThat(r.exitCode()).isEqualTo(ExitCodes.SOME_FAILED);
      JsonNode p = lines(r.out()).get(0);
      assertThat(p.get("id").asText()).isEqualTo("linkedin:4104804862");
      assertThat(p.get("source").get("fetchedAt").isNull()).isFalse();
      assertThat(r.err()).isEqualTo("jobnorm: " + base + "/gone: cannot fetch: HTTP_STATUS: HTTP 404\n");
    } finally {
      server.stop();
    }
  }

  @Test
  void anEmptyGlobIsAFailureThatSaysWhy() {
    CliRun r = CliRun.run("parse", dir.resolve("*.nothing").toString());
    assertThat(r.exitCode()).isEqualTo(ExitCodes.NOTHING_READ);
    assertThat(r.err().lines()).containsExactly(
        "jobnorm: " + dir.resolve("*.nothing") + ": no file matches this pattern");
  }

  @Test
  void jobsMustBePositive() {
    CliRun r = CliRun.run("parse", "-j", "0", reference.toString());
    assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).startsWith("jobnorm: --jobs must be at least 1, was 0");
  }
}
