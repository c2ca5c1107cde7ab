package io.github.jobnorm.source.ats;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.jobnorm.model.SourceFormat;
import io.github.jobnorm.source.InputDocument;
import io.github.jobnorm.source.RawPosting;
import io.github.jobnorm.source.SourceParser;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * What the ATS feed parsers share: a feed is recognized by the field names of its job objects,
 * which come alone, in a bare list, or in a list under a key; each job object gives one posting.
 */
abstract class AtsFeedParser implements SourceParser {
  private final String site;
  private final String listKey;
  private final Predicate<JsonNode> isJob;

  /**
   * @param site the site name, also the parser's name
   * @param listKey the key of the jobs list in the feed's root object, or null
   * @param isJob whether a JSON object is one of this feed's jobs
   */
  AtsFeedParser(String site, String listKey, Predicate<JsonNode> isJob) {
    this.site = site;
    this.listKey = listKey;
    this.isJob = isJob;
  }

  @Override
  public final String name() {
    return site;
  }

  @Override
  public final boolean supports(InputDocument document) {
    return !jobs(document).isEmpty();
  }

  @Override
  public final List<RawPosting> parse(InputDocument document) {
    List<RawPosting> out = new ArrayList<>();
    for (JsonNode job : jobs(document)) {
      RawPosting.Builder b =
          RawPosting.builder(SourceFormat.ATS_JSON).site(site).fetchedAt(document.fetchedAt());
      read(job, b);
      out.add(b.build());
    }
    return out;
  }

  /** Reads one job object into a builder that already holds format, site and fetch time. */
  abstract void read(JsonNode job, RawPosting.Builder b);

  private List<JsonNode> jobs(InputDocument document) {
    JsonNode root = document.looksLikeJson() ? document.json() : null;
    List<JsonNode> out = new ArrayList<>();
    if (root == null) {
      return out;
    }
    JsonNode list = root.isArray() ? root : listKey == null ? null : root.get(listKey);
    if (list != null && list.isArray()) {
      list.forEach(j -> {
        if (isJob.test(j)) {
          out.add(j);
        }
      });
    } else if (isJob.test(root)) {
      out.add(root);
    }
    return out;
  }

  /** Whether the node is an object with every one of the fields. */
  static boolean hasAll(JsonNode node, String... fields) {
    if (node == null || !node.isObject()) {
      return false;
    }
    for (String f : fields) {
      if (!node.has(f)) {
        return false;
      }
    }
    return true;
  }
}
