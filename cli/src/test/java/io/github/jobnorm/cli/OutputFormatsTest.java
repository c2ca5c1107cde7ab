package io.github.jobnorm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.github.jobnorm.json.JobPostingJson;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** -f json, jsonl, csv, jsonld; --pretty; -o. */
class OutputFormatsTest {
  @TempDir Path dir;
  Path reference;
  Path jobs;

  @BeforeEach
  void inputs() throws Exception {
    reference = CliRun.copyReference(dir);
    jobs = Files.writeString(dir.resolve("jobs.csv"), BatchParseTest.JOBS_CSV);
  }

  private static List<Map<String, String>> readCsv(String csv) throws Exception {
    CsvMapper mapper = new CsvMapper();
    try (MappingIterator<Map<String, String>> it = mapper.readerForMapOf(String.class)
        .with(CsvSchema.emptySchema().withHeader()).readValues(csv)) {
      return it.readAll();
    }
  }

  @Test
  void csvHasTheDocumentedColumnsAndReadsBack() throws Exception {
    CliRun r = CliRun.run("parse", "-f", "csv", reference.toString(), jobs.toString());
    assertThat(r.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(r.out()).startsWith("id,site,url,title,company,city,region,country,locations,"
        + "workplace_type,employment_type,seniority,pay_min,pay_max,pay_currency,pay_period,"
        + "pay_annual_min,pay_annual_max,posted_at,responsibilities,qualifications_required,"
        + "qualifications_preferred,benefits,description,warnings\r\n");
    List<Map<String, String>> rows = readCsv(r.out());
    assertThat(rows).hasSize(3);
    assertThat(rows.get(0).keySet()).containsExactlyElementsOf(
        Arrays.stream(CsvColumn.values()).map(CsvColumn::heading).toList());
    assertThat(rows.get(0)).containsEntry("id", "linkedin:4104804862")
        .containsEntry("title", "Research Scientist Intern")
        .containsEntry("company", "Toyota Research Institute");
    assertThat(rows.get(1)).containsEntry("locations", "Trivandrum, Kerala, India")
        .containsEntry("url", "https://www.linkedin.com/jobs/view/4201606814");
    assertThat(rows.get(1).get("description")).contains("\n").contains("\"reusable\"");
    assertThat(rows.get(2)).containsEntry("site", "indeed");
  }

  @Test
  void formulaCellsAreNeutralized() throws Exception {
    Path evil = Files.writeString(dir.resolve("evil.csv"), "title,company,location,description\n"
        + "\"=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\",+Acme,@Paris,-1 day\n");
    CliRun r = CliRun.run("parse", "-f", "csv", evil.toString());
    Map<String, String> row = readCsv(r.out()).get(0);
    assertThat(row).containsEntry("title", "'=HYPERLINK(\"http://evil.example\",\"click\")")
        .containsEntry("company", "'+Acme").containsEntry("locations", "'@Paris")
        .containsEntry("description", "'-1 day");
    assertThat(CsvColumn.neutralize("\tx")).isEqualTo("'\tx");
    assertThat(CsvColumn.neutralize("\rx")).isEqualTo("'\rx");
    assertThat(CsvColumn.neutralize("Chef")).isEqualTo("Chef");
    assertThat(CsvColumn.neutralize(null)).isEmpty();
  }

  @Test
  void csvWithNoPostingStillHasItsHeader() throws Exception {
    Path out = dir.resolve("out.csv");
    Files.writeString(out, "old");
    CliRun r = CliRun.run("parse", "-f", "csv", "-o", out.toString(),
        dir.resolve("missing.txt").toString());
    assertThat(r.exitCode()).isEqualTo(ExitCodes.NOTHING_READ);
    assertThat(Files.readString(out)).as("not replaced when nothing was read").isEqualTo("old");
  }

  @Test
  void jsonIsOneObjectForOneAndAnArrayForSeveral() throws Exception {
    CliRun one = CliRun.run("parse", "-f", "json", reference.toString());
    assertThat(JobPostingJson.mapper().readTree(one.out()).isObject()).isTrue();
    CliRun several = CliRun.run("parse", "-f", "json", "--pretty", reference.toString(),
        jobs.toString());
    JsonNode array = JobPostingJson.mapper().readTree(several.out());
    assertThat(array.isArray()).isTrue();
    assertThat(array).hasSize(3);
    assertThat(several.out()).startsWith("[\n{\n  \"schemaVersion\": \"1\",");
  }

  @Test
  void jsonlIsOneLinePerPostingEvenForOne() throws Exception {
    CliRun r = CliRun.run("parse", "-f", "jsonl", "--pretty", reference.toString());
    assertThat(r.out().lines()).hasSize(1);
    assertThat(r.out()).startsWith("{\"schemaVersion\":\"1\",");
  }

  @Test
  void outputGoesToAFileRenamedIntoPlace() throws Exception {
    Path out = dir.resolve("out.jsonl");
    CliRun r = CliRun.run("parse", "-o", out.toString(), reference.toString(), jobs.toString());
    assertThat(r.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(r.out()).isEmpty();
    assertThat(Files.readAllLines(out, StandardCharsets.UTF_8)).hasSize(3);
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .noneMatch(n -> n.endsWith(".part"));
    }
    // the output inside a folder being read is not read back
    CliRun again = CliRun.run("parse", "-q", "-o", out.toString(), dir.toString());
    assertThat(again.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(Files.readAllLines(out, StandardCharsets.UTF_8)).hasSize(3);
  }

  @Test
  void anOutputInAMissingFolderIsAUsageError() {
    Path out = dir.resolve("no/such/out.jsonl");
    CliRun r = CliRun.run("parse", "-o", out.toString(), reference.toString());
    assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).startsWith("jobnorm: cannot write " + out + ": no such directory ");
  }

  @Test
  void jsonLdWritesOneObjectForOnePostingAndLinesForSeveral() throws Exception {
    CliRun one = CliRun.run("parse", "-f", "jsonld", reference.toString());
    assertThat(one.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(one.out().lines()).hasSize(1);
    assertThat(one.out()).startsWith("{\"@context\":\"https://schema.org/\",\"@type\":\"JobPosting\"")
        .contains("\"title\":\"Research Scientist Intern\"");
    CliRun two = CliRun.run("parse", "-q", "-f", "jsonld", reference.toString(),
        reference.toString());
    assertThat(two.out().lines()).hasSize(2)
        .allSatisfy(l -> assertThat(l).contains("\"@type\":\"JobPosting\""));
  }
}
