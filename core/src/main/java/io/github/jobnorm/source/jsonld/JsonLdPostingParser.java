package io.github.jobnorm.source.jsonld;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.jobnorm.internal.Dom;
import io.github.jobnorm.model.SourceFormat;
import io.github.jobnorm.source.InputDocument;
import io.github.jobnorm.source.RawPosting;
import io.github.jobnorm.source.SourceParser;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;

/**
 * Reads schema.org {@code JobPosting} JSON-LD: embedded in any HTML page (the format Google for
 * Jobs requires, so most careers sites and boards have it), or a JSON-LD document on its own. A
 * page whose JSON-LD has no JobPosting gives no posting, and the next parser is tried.
 */
public final class JsonLdPostingParser implements SourceParser {
  @Override
  public String name() {
    return "jsonld";
  }

  @Override
  public boolean supports(InputDocument document) {
    if (document.looksLikeJson()) {
      return document.text().contains("JobPosting");
    }
    return document.looksLikeHtml() && mentionsLdJson(document.text());
  }

  /** Whether the text holds "ld+json" in any case, without copying a page of many megabytes. */
  private static boolean mentionsLdJson(String text) {
    for (int i = text.indexOf('+'); i >= 0; i = text.indexOf('+', i + 1)) {
      if (text.regionMatches(true, i - 2, "ld+json", 0, 7)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public List<RawPosting> parse(InputDocument document) {
    List<JsonNode> jobs;
    String pageUrl = document.url();
    if (document.looksLikeJson()) {
      JsonNode root = document.json();
      jobs = new ArrayList<>();
      if (root != null) {
        jobs.addAll(JsonLd.jobPostings(root));
      } else {
        LenientJson.readAll(document.text()).forEach(v -> jobs.addAll(JsonLd.jobPostings(v)));
      }
    } else {
      Document page = document.html();
      jobs = JsonLd.jobPostings(page);
      if (pageUrl == null) {
        pageUrl =
            Dom.firstNonNull(
                Dom.firstAttr(page, "link[rel=canonical]", "href"),
                Dom.firstAttr(page, "meta[property=og:url]", "content"));
      }
    }
    List<RawPosting> out = new ArrayList<>(jobs.size());
    for (JsonNode job : jobs) {
      RawPosting.Builder b =
          RawPosting.builder(SourceFormat.JSON_LD).fetchedAt(document.fetchedAt());
      JobPostingReader.read(job, b);
      RawPosting partial = b.build();
      String url = partial.url() != null ? partial.url() : pageUrl;
      // No site: the normalizer names it from the URL, systems and domains alike.
      b.url(url);
      out.add(b.build());
    }
    return out;
  }
}
