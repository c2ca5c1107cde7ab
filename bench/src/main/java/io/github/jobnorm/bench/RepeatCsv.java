package io.github.jobnorm.bench;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a large CSV for the end-to-end run by repeating a CSV of postings with a new id per
 * copy, so that no two rows share an id: {@code RepeatCsv IN OUT ROWS [ID_COLUMN]}. Ids that are
 * numbers become {@code id * 1000 + copy}; the id is also replaced inside the row's URL columns.
 */
public final class RepeatCsv {
  private RepeatCsv() {}

  /** Reads IN, writes ROWS rows to OUT. */
  public static void main(String[] args) throws IOException {
    if (args.length < 3) {
      System.err.println("usage: RepeatCsv IN OUT ROWS [ID_COLUMN (default job_id)]");
      System.exit(2);
    }
    Path in = Path.of(args[0]);
    Path out = Path.of(args[1]);
    int rows = Integer.parseInt(args[2]);
    String idColumn = args.length > 3 ? args[3] : "job_id";

    CsvMapper mapper = new CsvMapper();
    List<Map<String, String>> source = new ArrayList<>();
    CsvSchema header;
    try (Reader r = Files.newBufferedReader(in, StandardCharsets.UTF_8);
        MappingIterator<Map<String, String>> it = mapper.readerForMapOf(String.class)
            .with(CsvSchema.emptySchema().withHeader())
            .readValues(r)) {
      while (it.hasNext()) {
        source.add(it.next());
      }
      header = (CsvSchema) it.getParserSchema();
    }
    if (source.isEmpty()) {
      throw new IllegalArgumentException(in + " has no rows");
    }
    CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
    header.forEach(column -> schema.addColumn(column.getName()));
    try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8);
        SequenceWriter seq = mapper.writer(schema.build()).writeValues(w)) {
      for (int i = 0; i < rows; i++) {
        Map<String, String> row = new LinkedHashMap<>(source.get(i % source.size()));
        String id = row.get(idColumn);
        String newId = newId(id, i / source.size());
        row.put(idColumn, newId);
        if (id != null && !id.isEmpty()) {
          row.replaceAll((k, v) -> v != null && k.endsWith("url") ? v.replace(id, newId) : v);
        }
        seq.write(row);
      }
    }
    System.err.printf("wrote %,d rows to %s (%,d bytes)%n", rows, out, Files.size(out));
  }

  private static String newId(String id, int copy) {
    if (id != null && id.matches("\\d{1,15}")) {
      return Long.toString(Long.parseLong(id) * 1000 + copy);
    }
    return (id == null ? "" : id) + "-" + copy;
  }
}
