package io.github.jobnorm;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jobnorm.model.JobPosting;
import io.github.jobnorm.model.SourceFormat;
import io.github.jobnorm.source.table.TableColumns;
import io.github.jobnorm.source.table.TableFormat;
import io.github.jobnorm.source.table.TableReader;
import io.github.jobnorm.testing.Corpus;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JobNormTableTest {

  @Test
  void aJobSpyTableGivesOnePostingPerRowWithItsIds() throws IOException {
    Path file = Corpus.file("jobspy-linkedin-kerala-vimalprakash404/jobs.csv");
    List<ParseResult> results = new ArrayList<>();
    try (InputStream in = Files.newInputStream(file);
        TableReader rows = JobNorm.readTable(in, TableFormat.CSV, TableColumns.standard(),
            "jobs.csv")) {
      rows.forEachRemaining(row -> results.add(JobNorm.parse(row, ParseOptions.defaults())));
    }
    assertThat(results).hasSize(5).allMatch(ParseResult::isSuccess);
    JobPosting second = results.get(1).posting();
    assertThat(second.id()).isEqualTo("linkedin:4201606814");
    assertThat(second.source().format()).isEqualTo(SourceFormat.CSV_ROW);
    assertThat(second.source().url()).isEqualTo("https://www.linkedin.com/jobs/view/4201606814");
    assertThat(second.title()).isEqualTo("Senior Software Engineer - React Development");
    assertThat(second.company().name()).isEqualTo("Trenser Technology Solutions (P) Ltd.");
    assertThat(second.locations().get(0).raw()).isEqualTo("Trivandrum, Kerala, India");
  }

  @Test
  void aRowThatCouldNotBeReadGivesItsFailureWithTheRowNumber() throws IOException {
    String csv = "title,description\nChef,Cook,extra\n";
    try (TableReader rows = JobNorm.readTable(new java.io.ByteArrayInputStream(csv.getBytes()),
        TableFormat.CSV, TableColumns.standard(), "jobs.csv")) {
      ParseResult r = JobNorm.parse(rows.next(), ParseOptions.defaults());
      assertThat(r.failure().reason()).isEqualTo(ParseFailure.Reason.MALFORMED);
      assertThat(r.failure().input()).isEqualTo("jobs.csv");
      assertThat(r.failure().position()).isEqualTo(1);
    }
  }
}
