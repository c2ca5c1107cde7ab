package io.github.jobnorm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.github.jobnorm.fixtures.Corpus;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Kaggle LinkedIn postings without their pay, work type and experience columns. */
class KaggleCorpusTest {
  private static final Set<String> DROPPED = Set.of("max_salary", "med_salary", "min_salary",
      "pay_period", "currency", "compensation_type", "formatted_work_type", "work_type",
      "formatted_experience_level");

  @TempDir Path dir;

  @Test
  void everyRowGivesOneLineInOrderWithItsJobId() throws Exception {
    Path source = Corpus.file("kaggle-linkedin-postings-koriralex/postings_head1000.csv");
    Path stripped = dir.resolve("postings.csv");
    List<String> jobIds = new ArrayList<>();
    CsvMapper csv = CsvMapper.builder().enable(CsvParser.Feature.WRAP_AS_ARRAY).build();
    try (MappingIterator<List<String>> rows = csv.readerForListOf(String.class)
            .with(CsvSchema.emptySchema()).readValues(source.toFile());
        Writer w = Files.newBufferedWriter(stripped, StandardCharsets.UTF_8);
        SequenceWriter out = csv.writer().writeValues(w)) {
      List<String> header = rows.nextValue();
      List<Integer> kept = new ArrayList<>();
      for (int i = 0; i < header.size(); i++) {
        if (!DROPPED.contains(header.get(i))) {
          kept.add(i);
        }
      }
      assertThat(header.size() - kept.size()).isEqualTo(DROPPED.size());
      out.write(kept.stream().map(header::get).toList());
      while (rows.hasNextValue()) {
        List<String> row = rows.nextValue();
        jobIds.add(row.get(header.indexOf("job_id")));
        out.write(kept.stream().map(row::get).toList());
      }
    }
    assertThat(jobIds).hasSize(1000);

    CliRun r = CliRun.run("parse", "-f", "jsonl", stripped.toString());
    assertThat(r.exitCode()).isEqualTo(ExitCodes.OK);
    List<JsonNode> lines = BatchParseTest.lines(r.out());
    assertThat(lines).hasSize(1000);
    for (int i = 0; i < 1000; i++) {
      JsonNode source0 = lines.get(i).get("source");
      assertThat(source0.get("jobId").asText()).as("row %d", i + 1).isEqualTo(jobIds.get(i));
      assertThat(source0.get("format").asText()).isEqualTo("CSV_ROW");
      assertThat(lines.get(i).get("id").asText()).isEqualTo("linkedin:" + jobIds.get(i));
    }
    assertThat(r.err()).startsWith("parsed 1,000, failed 0, ");
  }
}
