package io.github.jobnorm.source.table;

import java.util.List;
import java.util.Map;

/**
 * A table's header row matched to fields.
 *
 * @param columns the headings as written
 * @param fields for each matched field, its column's index
 */
public record TableHeader(List<String> columns, Map<TableField, Integer> fields) {

  /** Copies both. */
  public TableHeader {
    columns = List.copyOf(columns);
    fields = Map.copyOf(fields);
  }

  /** Whether the header has a column for the field. */
  public boolean has(TableField field) {
    return fields.containsKey(field);
  }

  /** Whether rows can give postings: there is a title or a description column. */
  public boolean isUsable() {
    return has(TableField.TITLE) || has(TableField.DESCRIPTION);
  }

  /** The field's cell in a row, stripped, or null when absent or blank. */
  public String cell(List<String> row, TableField field) {
    Integer at = fields.get(field);
    if (at == null || at >= row.size() || row.get(at) == null) {
      return null;
    }
    String v = row.get(at).strip();
    return v.isEmpty() ? null : v;
  }
}
