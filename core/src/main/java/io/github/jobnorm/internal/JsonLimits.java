package io.github.jobnorm.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;

/**
 * Jackson factories whose string limit fits jobnorm's inputs. Jackson refuses strings longer than
 * 20,000,000 characters by default, but a document may be up to {@code ParseOptions.maxBytes()}
 * (64 MiB by default) and its description is one string: with the default, a posting jobnorm
 * parsed and wrote could not be read back. Every input is already bounded in bytes before Jackson
 * sees it, so the string limit is lifted and the nesting limit kept.
 */
public final class JsonLimits {
  private static final StreamReadConstraints CONSTRAINTS =
      StreamReadConstraints.builder().maxStringLength(Integer.MAX_VALUE).build();
  private static final ObjectReader TREE_READER =
      jsonMapper().build().readerFor(JsonNode.class);

  private JsonLimits() {}

  /** A JSON factory with jobnorm's read constraints. */
  public static JsonFactory jsonFactory() {
    return JsonFactory.builder().streamReadConstraints(CONSTRAINTS).build();
  }

  /** A JSON mapper builder on {@link #jsonFactory()}. */
  public static JsonMapper.Builder jsonMapper() {
    return JsonMapper.builder(jsonFactory());
  }

  /**
   * The shared reader of plain JSON into trees, and of parsers over it, with jobnorm's read
   * constraints. Immutable, so safe to share across classes and threads.
   */
  public static ObjectReader treeReader() {
    return TREE_READER;
  }

  /** A CSV factory with jobnorm's read constraints. */
  public static CsvFactory csvFactory() {
    return CsvFactory.builder().streamReadConstraints(CONSTRAINTS).build();
  }
}
