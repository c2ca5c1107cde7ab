package io.github.jobnorm.source.jsonld;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds schema.org {@code JobPosting} objects: in every {@code application/ld+json} script of a
 * page, or in a JSON tree; at the top level, in arrays, in {@code @graph} and nested under other
 * objects ({@code mainEntity}, {@code itemListElement}).
 */
public final class JsonLd {
  /** Deeper than any real JSON-LD; bounds the walk on hostile input. */
  private static final int MAX_DEPTH = 48;

  private JsonLd() {}

  /** Every JSON value in the page's ld+json scripts, read leniently, in document order. */
  private static List<JsonNode> scripts(Document page) {
    List<JsonNode> values = new ArrayList<>();
    for (Element script : page.select("script[type]")) {
      String type = script.attr("type").toLowerCase(Locale.ROOT);
      if (type.contains("ld+json")) {
        values.addAll(LenientJson.readAll(script.data()));
      }
    }
    return values;
  }

  /** The JobPosting objects in the page's ld+json scripts, in document order. */
  public static List<JsonNode> jobPostings(Document page) {
    List<JsonNode> found = new ArrayList<>();
    for (JsonNode value : scripts(page)) {
      collect(value, 0, found);
    }
    return found;
  }

  /** The JobPosting objects in a JSON tree, in document order. */
  public static List<JsonNode> jobPostings(JsonNode root) {
    List<JsonNode> found = new ArrayList<>();
    collect(root, 0, found);
    return found;
  }

  /** Whether the node's {@code @type} is or includes {@code JobPosting}, with or without prefix. */
  public static boolean isJobPosting(JsonNode node) {
    if (node == null || !node.isObject()) {
      return false;
    }
    JsonNode type = node.get("@type");
    if (type == null) {
      return false;
    }
    if (type.isArray()) {
      for (JsonNode t : type) {
        if (isJobPostingType(t.asText())) {
          return true;
        }
      }
      return false;
    }
    return isJobPostingType(type.asText());
  }

  private static boolean isJobPostingType(String type) {
    String t = type.strip();
    int cut = Math.max(t.lastIndexOf('/'), t.lastIndexOf(':'));
    return t.substring(cut + 1).equalsIgnoreCase("JobPosting");
  }

  private static void collect(JsonNode node, int depth, List<JsonNode> out) {
    if (node == null || depth > MAX_DEPTH) {
      return;
    }
    if (isJobPosting(node)) {
      out.add(node);
      return;
    }
    if (node.isArray() || node.isObject()) {
      for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) {
        collect(it.next(), depth + 1, out);
      }
    }
  }
}
