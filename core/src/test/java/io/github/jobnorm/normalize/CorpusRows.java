package io.github.jobnorm.normalize;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.github.jobnorm.testing.Corpus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Rows of the corpus's CSV and JSON files as maps of column to text. */
final class CorpusRows {
  private static final CsvMapper CSV = CsvMapper.builder()
      .enable(CsvParser.Feature.SKIP_EMPTY_LINES)
      .build();
  private static final ObjectMapper JSON = new ObjectMapper();

  private CorpusRows() {}

  /** The rows of a CSV file with a header line; the test is skipped when the file is absent. */
  static List<Map<String, String>> csv(String relative) {
    Path file = Corpus.file(relative);
    List<Map<String, String>> rows = new ArrayList<>();
    try (MappingIterator<Map<String, String>> it = CSV.readerForMapOf(String.class)
        .with(CsvSchema.emptySchema().withHeader())
        .readValues(file.toFile())) {
      while (it.hasNext()) {
        rows.add(it.next());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }

  /**
   * The records of a JSON file holding an array, or an object with one array field ("jobs");
   * values as text, null for JSON null.
   */
  static List<Map<String, String>> json(String relative) {
    Path file = Corpus.file(relative);
    try {
      JsonNode root = JSON.readTree(file.toFile());
      if (root.isObject()) {
        for (Iterator<JsonNode> it = root.elements(); it.hasNext(); ) {
          JsonNode child = it.next();
          if (child.isArray()) {
            root = child;
            break;
          }
        }
      }
      List<Map<String, String>> rows = new ArrayList<>();
      for (JsonNode record : root) {
        Map<String, String> row = new LinkedHashMap<>();
        record.fields().forEachRemaining(e -> row.put(e.getKey(),
            e.getValue().isNull() ? null : e.getValue().isValueNode()
                ? e.getValue().asText() : e.getValue().toString()));
        rows.add(row);
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
