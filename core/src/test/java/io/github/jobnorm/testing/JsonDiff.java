package io.github.jobnorm.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Field-by-field differences between two JSON trees, so that a failing fixture names every
 * field that is off ({@code pay[0].max: expected 65 but was 60}) instead of dumping two blobs.
 */
public final class JsonDiff {
  private JsonDiff() {}

  /** Every difference, one line each; empty when the trees are equal. */
  public static List<String> between(JsonNode expected, JsonNode actual) {
    List<String> out = new ArrayList<>();
    diff("", expected, actual, out);
    return out;
  }

  private static void diff(String path, JsonNode e, JsonNode a, List<String> out) {
    if (e.isObject() && a.isObject()) {
      TreeSet<String> names = new TreeSet<>();
      e.fieldNames().forEachRemaining(names::add);
      a.fieldNames().forEachRemaining(names::add);
      for (String name : names) {
        String p = path.isEmpty() ? name : path + "." + name;
        if (!e.has(name)) {
          out.add(p + ": not expected, but was " + a.get(name));
        } else if (!a.has(name)) {
          out.add(p + ": missing, expected " + e.get(name));
        } else {
          diff(p, e.get(name), a.get(name), out);
        }
      }
    } else if (e.isArray() && a.isArray()) {
      int n = Math.max(e.size(), a.size());
      for (int i = 0; i < n; i++) {
        String p = path + "[" + i + "]";
        if (i >= e.size()) {
          out.add(p + ": not expected, but was " + a.get(i));
        } else if (i >= a.size()) {
          out.add(p + ": missing, expected " + e.get(i));
        } else {
          diff(p, e.get(i), a.get(i), out);
        }
      }
    } else if (e.isNumber() && a.isNumber()) {
      if (e.decimalValue().compareTo(a.decimalValue()) != 0) {
        out.add(path + ": expected " + e + " but was " + a);
      }
    } else if (!e.equals(a)) {
      out.add(path + ": expected " + e + " but was " + a);
    }
  }

  /** Iterates an object's fields; a convenience for tests that walk expected files. */
  public static Iterator<Map.Entry<String, JsonNode>> fields(JsonNode node) {
    return node.fields();
  }
}
