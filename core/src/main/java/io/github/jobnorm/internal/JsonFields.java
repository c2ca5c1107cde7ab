package io.github.jobnorm.internal;

import com.fasterxml.jackson.databind.JsonNode;

/** Null-tolerant readers of JSON fields, shared by the JSON source parsers. */
public final class JsonFields {
  private JsonFields() {}

  /**
   * A field's value as trimmed text: a string or number as is, a list's first scalar; null for
   * a missing, null, blank or object value.
   */
  public static String text(JsonNode node, String field) {
    return node == null ? null : scalar(node.get(field));
  }

  /** The first of the fields that has text, or null. */
  public static String firstText(JsonNode node, String... fields) {
    for (String field : fields) {
      String t = text(node, field);
      if (t != null) {
        return t;
      }
    }
    return null;
  }

  /** A scalar's trimmed text, a list's first scalar's; null otherwise. */
  public static String scalar(JsonNode value) {
    if (value == null) {
      return null;
    }
    if (value.isArray()) {
      for (JsonNode v : value) {
        String t = scalar(v);
        if (t != null) {
          return t;
        }
      }
      return null;
    }
    if (!value.isValueNode() || value.isNull()) {
      return null;
    }
    String t = value.asText().strip();
    return t.isEmpty() ? null : t;
  }

  /** Whether the field holds a non-empty array. */
  public static boolean hasArray(JsonNode node, String field) {
    JsonNode v = node == null ? null : node.get(field);
    return v != null && v.isArray() && !v.isEmpty();
  }
}
