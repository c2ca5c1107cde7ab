package io.github.jobnorm.source.table;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.github.jobnorm.ParseFailure.Reason;
import io.github.jobnorm.internal.JsonLimits;
import java.io.IOException;
import java.io.Reader;
import java.util.List;

/** CSV with a header row, RFC 4180 quoting, read record by record. */
final class CsvTableReader extends TableReader {
  private static final CsvMapper CSV = CsvMapper.builder(JsonLimits.csvFactory())
      .enable(CsvParser.Feature.WRAP_AS_ARRAY)
      .enable(CsvParser.Feature.SKIP_EMPTY_LINES)
      .build();

  private final TableColumns columns;
  private final Reader source;
  private MappingIterator<List<String>> records;
  private TableHeader header;
  private boolean broken;

  CsvTableReader(String input, Reader reader, TableColumns columns) {
    super(input, reader);
    this.columns = columns;
    this.source = reader;
  }

  @Override
  TableRow read() throws IOException {
    if (broken) {
      return null;
    }
    try {
      if (records == null) {
        records = CSV.readerForListOf(String.class).with(CsvSchema.emptySchema())
            .readValues(source);
        if (!records.hasNextValue()) {
          return headerFailure("the table is empty: no header row");
        }
        StringBuilder why = new StringBuilder();
        header = header(columns, records.nextValue(), why);
        if (header == null) {
          return headerFailure(why.toString());
        }
      }
      if (!records.hasNextValue()) {
        return null;
      }
      return row(header, records.nextValue());
    } catch (JsonProcessingException | RuntimeException e) {
      broken = true;
      String where = e instanceof JsonProcessingException j && j.getLocation() != null
          ? " at line " + j.getLocation().getLineNr() : "";
      return fail(Reason.MALFORMED, "malformed CSV" + where + ": " + firstLine(e)
          + "; the rest of the table was not read");
    }
  }

  static String firstLine(Exception e) {
    String m = e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
    m = m == null ? e.getClass().getSimpleName() : m;
    int nl = m.indexOf('\n');
    return nl < 0 ? m : m.substring(0, nl);
  }
}
