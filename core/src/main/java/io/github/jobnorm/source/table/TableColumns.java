package io.github.jobnorm.source.table;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Which table column fills which {@link TableField}: the standard names (JobSpy's CSV, the
 * Kaggle LinkedIn dataset, plain headings, from {@code columns.txt}), matched case-insensitively,
 * plus explicit overrides for other headings. Immutable.
 *
 * <pre>{@code
 * TableColumns columns = TableColumns.standard().withOverrides("title=Job Title,description=Body");
 * }</pre>
 */
public final class TableColumns {
  private static final TableColumns STANDARD = new TableColumns(loadStandard(), Map.of());

  private final Map<TableField, List<String>> names;
  private final Map<TableField, String> overrides;

  private TableColumns(Map<TableField, List<String>> names, Map<TableField, String> overrides) {
    this.names = names;
    this.overrides = overrides;
  }

  /** The standard column names, with no overrides. */
  public static TableColumns standard() {
    return STANDARD;
  }

  /** The standard names of a field, most preferred first, lower case. */
  public List<String> names(TableField field) {
    return names.getOrDefault(field, List.of());
  }

  /** The overrides, field to column heading as given. */
  public Map<TableField, String> overrides() {
    return Collections.unmodifiableMap(overrides);
  }

  /** These columns with {@code field} read from the column headed {@code column}. */
  public TableColumns with(TableField field, String column) {
    Objects.requireNonNull(field, "field == null");
    if (column == null || column.isBlank()) {
      throw new IllegalArgumentException("no column given for " + field.key());
    }
    Map<TableField, String> o = new EnumMap<>(TableField.class);
    o.putAll(overrides);
    o.put(field, column.strip());
    return new TableColumns(names, o);
  }

  /**
   * These columns with overrides written as {@code field=Column Heading} pairs separated by
   * commas ({@code "title=Job Title,description=Body"}).
   *
   * @throws IllegalArgumentException when a pair has no {@code =} or names an unknown field
   */
  public TableColumns withOverrides(String spec) {
    TableColumns out = this;
    for (String pair : spec.split(",")) {
      if (pair.isBlank()) {
        continue;
      }
      int eq = pair.indexOf('=');
      if (eq <= 0) {
        throw new IllegalArgumentException(
            "expected field=Column Heading, got '" + pair.strip() + "'");
      }
      out = out.with(TableField.byKey(pair.substring(0, eq)), pair.substring(eq + 1));
    }
    return out;
  }

  /**
   * Matches a header row: for each field, the index of its column, or -1.
   *
   * @throws IllegalArgumentException when an override names a column the header lacks
   */
  public TableHeader match(List<String> header) {
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < header.size(); i++) {
      index.putIfAbsent(fold(header.get(i)), i);
    }
    Map<TableField, Integer> found = new EnumMap<>(TableField.class);
    for (TableField field : TableField.values()) {
      String override = overrides.get(field);
      if (override != null) {
        Integer at = index.get(fold(override));
        if (at == null) {
          throw new IllegalArgumentException("column '" + override + "' given for "
              + field.key() + " is not in the header " + header);
        }
        found.put(field, at);
        continue;
      }
      for (String name : names(field)) {
        Integer at = index.get(name);
        if (at != null) {
          found.put(field, at);
          break;
        }
      }
    }
    return new TableHeader(header, found);
  }

  private static String fold(String heading) {
    String h = heading.strip();
    if (!h.isEmpty() && h.charAt(0) == '\uFEFF') {
      h = h.substring(1).strip();
    }
    return h.toLowerCase(Locale.ROOT);
  }

  private static Map<TableField, List<String>> loadStandard() {
    Map<TableField, List<String>> out = new EnumMap<>(TableField.class);
    try (InputStream in = TableColumns.class.getResourceAsStream("columns.txt");
        BufferedReader r = new BufferedReader(new InputStreamReader(
            Objects.requireNonNull(in, "columns.txt missing"), StandardCharsets.UTF_8))) {
      for (String line; (line = r.readLine()) != null; ) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        int colon = line.indexOf(':');
        TableField field = TableField.byKey(line.substring(0, colon));
        List<String> list = new ArrayList<>();
        for (String name : line.substring(colon + 1).split(",")) {
          list.add(fold(name));
        }
        out.put(field, List.copyOf(list));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read columns.txt", e);
    }
    return Collections.unmodifiableMap(out);
  }
}
