package io.github.jobnorm.source.table;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.jobnorm.JobNorm;
import io.github.jobnorm.ParseOptions;
import io.github.jobnorm.ParseResult;
import io.github.jobnorm.model.JobPosting;
import io.github.jobnorm.model.SourceFormat;
import io.github.jobnorm.testing.PostingInvariants;
import java.io.ByteArrayInputStream;
import java.io.IOException;

/**
 * The CSV row reader on arbitrary bytes: rows come numbered in order, each ends in sound
 * postings or a typed failure, and a broken row never ends in an exception.
 */
class TableReaderFuzzTest {
  // Dictionary entries hold no line breaks: Jazzer writes them one per line, unescaped.
  @FuzzTest
  @DictionaryEntries({
    ",", "\"", "\"\"", ";", "job_id", "title", "company_name", "company", "location",
    "description", "min_salary", "max_salary", "med_salary", "pay_period", "HOURLY", "YEARLY",
    "currency", "USD", "formatted_work_type", "Full-time", "formatted_experience_level",
    "remote_allowed", "1.0", "job_posting_url", "https://www.linkedin.com/jobs/view/1",
    "listed_time", "1713397508000.0", "id", "site", "job_url", "date_posted", "job_type",
    "interval", "min_amount", "max_amount", "is_remote", "<p>", "<li>", "$45/hr"
  })
  void readCsv(byte[] input) throws IOException {
    try (TableReader rows = JobNorm.readTable(new ByteArrayInputStream(input), TableFormat.CSV,
        TableColumns.standard(), "fuzz.csv")) {
      long previous = -1;
      while (rows.hasNext()) {
        TableRow row = rows.next();
        assertThat(row.row()).as("row numbers rise").isGreaterThan(previous);
        previous = row.row();
        ParseResult result = JobNorm.parse(row, ParseOptions.defaults());
        PostingInvariants.assertSound(result);
        for (JobPosting p : result.postings()) {
          assertThat(p.source().format()).isEqualTo(SourceFormat.CSV_ROW);
        }
      }
    }
  }
}
