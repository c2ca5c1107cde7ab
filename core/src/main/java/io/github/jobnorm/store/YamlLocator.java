package io.github.jobnorm.store;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds where in a YAML text a key or list entry is. Jackson reports problems of records (built
 * through their constructor) where the enclosing mapping ends, not where the key is; the path it
 * gives is exact, so the text is walked again to the token at that path.
 */
final class YamlLocator {
  private static final YAMLFactory YAML = new YAMLFactory();
  /** The entry counter of a mapping, which has no entries by number. */
  private static final int IN_MAPPING = Integer.MIN_VALUE;

  private YamlLocator() {}

  /** The location of the key or entry at the path, or null when it is not found. */
  static JsonLocation locate(String yaml, List<JsonMappingException.Reference> path) {
    if (path.isEmpty()) {
      return null;
    }
    List<Object> target = new ArrayList<>();
    for (JsonMappingException.Reference r : path) {
      target.add(r.getFieldName() != null ? r.getFieldName() : Integer.valueOf(r.getIndex()));
    }
    List<Object> at = new ArrayList<>();
    List<Integer> counters = new ArrayList<>();
    try (JsonParser p = YAML.createParser(yaml)) {
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        if (t == JsonToken.FIELD_NAME) {
          at.set(at.size() - 1, p.currentName());
          if (at.equals(target)) {
            return p.currentTokenLocation();
          }
          continue;
        }
        boolean inArray = !counters.isEmpty() && counters.get(counters.size() - 1) != IN_MAPPING;
        if (inArray && !t.isStructEnd()) {
          int i = counters.get(counters.size() - 1) + 1;
          counters.set(counters.size() - 1, i);
          at.set(at.size() - 1, i);
          if (at.equals(target)) {
            return p.currentTokenLocation();
          }
        }
        if (t.isStructStart()) {
          at.add(null);
          counters.add(t == JsonToken.START_ARRAY ? -1 : IN_MAPPING);
        } else if (t.isStructEnd()) {
          at.remove(at.size() - 1);
          counters.remove(counters.size() - 1);
        }
      }
    } catch (IOException e) {
      return null; // the text is broken elsewhere; the caller keeps Jackson's own location
    }
    return null;
  }
}
