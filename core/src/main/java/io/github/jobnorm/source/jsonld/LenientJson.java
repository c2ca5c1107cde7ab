package io.github.jobnorm.source.jsonld;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectReader;
import io.github.jobnorm.internal.JsonLimits;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the JSON of a {@code <script type="application/ld+json">} block the way browsers' users
 * expect it to mean, not the way the JSON grammar demands: trailing commas, raw newlines and tabs
 * inside strings, comments, HTML comment or CDATA wrappers, and several objects in one block
 * (back to back, or separated by commas) are all accepted. What cannot be read is skipped; the
 * values read before the error are kept.
 */
final class LenientJson {
  private static final ObjectReader READER =
      JsonLimits.jsonMapper()
          .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
          .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
          .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
          .enable(JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
          .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
          .build()
          .readerFor(JsonNode.class);

  private LenientJson() {}

  /** Every JSON value in the block, in order; empty when nothing could be read. */
  static List<JsonNode> readAll(String block) {
    String text = unwrap(block);
    if (text.isEmpty()) {
      return List.of();
    }
    List<JsonNode> values = new ArrayList<>();
    boolean complete = readSequence(text, values);
    if (!complete) {
      // "{...},{...}" is a list without its brackets; only retry when the brackets make it whole.
      List<JsonNode> asArray = new ArrayList<>();
      if (readSequence("[" + text + "]", asArray) && asArray.size() == 1) {
        List<JsonNode> elements = new ArrayList<>();
        asArray.get(0).forEach(elements::add);
        if (elements.size() > values.size()) {
          return elements;
        }
      }
    }
    return values;
  }

  /** Reads root values into {@code out}; true when the whole text was read without error. */
  private static boolean readSequence(String text, List<JsonNode> out) {
    try (JsonParser parser = READER.createParser(text);
        MappingIterator<JsonNode> it = READER.readValues(parser)) {
      while (it.hasNextValue()) {
        out.add(it.nextValue());
      }
      return true;
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  private static String unwrap(String block) {
    String t = block == null ? "" : block.strip();
    t = stripAffix(t, "//<![CDATA[", "//]]>");
    t = stripAffix(t, "<![CDATA[", "]]>");
    t = stripAffix(t, "<!--", "-->");
    return t.strip();
  }

  private static String stripAffix(String t, String prefix, String suffix) {
    String s = t;
    if (s.startsWith(prefix)) {
      s = s.substring(prefix.length()).strip();
      if (s.endsWith(suffix)) {
        s = s.substring(0, s.length() - suffix.length()).strip();
      }
    }
    return s;
  }
}
