package io.github.jobnorm.cli;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.github.jobnorm.model.JobPosting;
import java.io.IOException;
import java.io.Writer;

/**
 * One CSV row per posting with the {@link CsvColumn} columns and a header row: RFC 4180 quoting
 * (cells with a comma, quote or line break are quoted, quotes doubled), CRLF between records.
 */
final class CsvPostingWriter implements PostingWriter {
  private static final CsvMapper MAPPER = CsvMapper.builder()
      .disable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
      .build();
  private static final CsvSchema SCHEMA = schema();

  private final Writer out;
  private SequenceWriter rows;

  CsvPostingWriter(Writer out) {
    this.out = out;
  }

  private static CsvSchema schema() {
    CsvSchema.Builder b = CsvSchema.builder();
    for (CsvColumn c : CsvColumn.values()) {
      b.addColumn(c.heading());
    }
    return b.setUseHeader(true).setLineSeparator("\r\n").build();
  }

  private SequenceWriter rows() throws IOException {
    if (rows == null) {
      rows = MAPPER.writerFor(String[].class).with(SCHEMA).writeValues(out);
    }
    return rows;
  }

  @Override
  public void write(JobPosting posting) throws IOException {
    CsvColumn[] columns = CsvColumn.values();
    String[] cells = new String[columns.length];
    for (int i = 0; i < columns.length; i++) {
      cells[i] = columns[i].cell(posting);
    }
    rows().write(cells);
  }

  @Override
  public void finish() throws IOException {
    rows().flush();
    out.flush();
  }
}
