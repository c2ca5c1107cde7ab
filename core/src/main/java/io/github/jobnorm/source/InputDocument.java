package io.github.jobnorm.source;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.jobnorm.ParseOptions;
import io.github.jobnorm.internal.JsonLimits;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * A decoded document handed to the source parsers: its text, where it came from, and lazily
 * parsed HTML and JSON trees shared by every parser that looks at it, so that a page is parsed
 * once however many parsers are tried.
 *
 * <p>The cached trees are shared: parsers must not modify them. Instances are not meant to be
 * shared between threads.
 */
public final class InputDocument {
  private final String text;
  private final String name;
  private final String url;
  private final String contentType;
  private final Instant fetchedAt;
  private Document html;
  private JsonNode json;
  private boolean jsonTried;

  /**
   * A document.
   *
   * @param text the decoded text; not null
   * @param name the input's name for messages (a path, a URL, {@code <stdin>})
   * @param url the URL it was fetched from or belongs to, or null
   * @param contentType the media type when known ({@code text/html}), or null
   * @param fetchedAt when it was fetched, or null
   */
  public InputDocument(
      String text, String name, String url, String contentType, Instant fetchedAt) {
    this.text = Objects.requireNonNull(text, "text == null");
    this.name = name == null ? ParseOptions.DEFAULT_INPUT_NAME : name;
    this.url = url;
    this.contentType = contentType == null ? null : contentType.toLowerCase(Locale.ROOT);
    this.fetchedAt = fetchedAt;
  }

  /** A document of text alone. */
  public static InputDocument of(String text) {
    return new InputDocument(text, "<text>", null, null, null);
  }

  /** The decoded text. */
  public String text() {
    return text;
  }

  /** The input's name for messages. */
  public String name() {
    return name;
  }

  /** The URL, or null. */
  public String url() {
    return url;
  }

  /** The lower-cased media type, or null. */
  public String contentType() {
    return contentType;
  }

  /** When it was fetched, or null. */
  public Instant fetchedAt() {
    return fetchedAt;
  }

  /** The first non-white-space character, or 0 for blank text; a cheap format sniff. */
  private char firstSignificantChar() {
    for (int i = 0, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      if (!Character.isWhitespace(c) && c != '\uFEFF') {
        return c;
      }
    }
    return 0;
  }

  /** Whether the text looks like markup: it starts with {@code <} after white space. */
  public boolean looksLikeHtml() {
    return firstSignificantChar() == '<'
        || (contentType != null && contentType.contains("html"));
  }

  /** Whether the text looks like JSON: it starts with <code>{</code> or {@code [}. */
  public boolean looksLikeJson() {
    char c = firstSignificantChar();
    return c == '{' || c == '[';
  }

  /** The text parsed as HTML, once; the base URI is the document's URL. Do not modify it. */
  public Document html() {
    if (html == null) {
      html = Jsoup.parse(text, url == null ? "" : url);
    }
    return html;
  }

  /** The text parsed as JSON, once, or null when it is not JSON. Do not modify it. */
  public JsonNode json() {
    if (!jsonTried) {
      jsonTried = true;
      if (looksLikeJson()) {
        try {
          json = JsonLimits.treeReader().readTree(text);
        } catch (JsonProcessingException e) {
          json = null;
        }
      }
    }
    return json;
  }
}
