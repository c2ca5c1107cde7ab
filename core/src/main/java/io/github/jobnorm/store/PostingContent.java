package io.github.jobnorm.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.jobnorm.json.JobPostingJson;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * What counts as a change of a posting: its contract JSON without the volatile fields, which
 * move between fetches of an unchanged posting. Those are {@code applicants} (a live count),
 * {@code source.fetchedAt}, {@code warnings} (about the parse, not the job) and {@code postedAt}
 * (LinkedIn shows "2 days ago", which resolves to another date on each day's fetch; a reposted
 * job comes back with a new id anyway). The content hash is the SHA-256 of that JSON; changed
 * fields are the contract's top-level names whose values differ.
 */
public final class PostingContent {
  /** The top-level fields left out of the content. */
  public static final Set<String> VOLATILE = Set.of("applicants", "warnings", "postedAt");

  private static final ObjectMapper MAPPER = JobPostingJson.mapper();

  private PostingContent() {}

  /** The content of a posting's contract JSON. */
  static ObjectNode content(String postingJson) {
    JsonNode tree;
    try {
      tree = MAPPER.readTree(postingJson);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not posting JSON: " + e.getOriginalMessage(), e);
    }
    if (!(tree instanceof ObjectNode node)) {
      throw new IllegalArgumentException("not a JSON object: " + postingJson);
    }
    VOLATILE.forEach(node::remove);
    if (node.get("source") instanceof ObjectNode source) {
      source.remove("fetchedAt");
    }
    return node;
  }

  /** The hex SHA-256 of the content of a posting's JSON. */
  public static String hash(String postingJson) {
    try {
      byte[] bytes = MAPPER.writeValueAsString(content(postingJson))
          .getBytes(StandardCharsets.UTF_8);
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (JsonProcessingException | NoSuchAlgorithmException e) {
      throw new IllegalStateException("cannot hash a posting", e);
    }
  }

  /** The top-level fields whose content differs, in the contract's order. */
  public static List<String> changedFields(String beforeJson, String afterJson) {
    ObjectNode before = content(beforeJson);
    ObjectNode after = content(afterJson);
    List<String> changed = new ArrayList<>();
    for (Iterator<String> names = after.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!after.get(name).equals(before.get(name))) {
        changed.add(name);
      }
    }
    for (Iterator<String> names = before.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!after.has(name)) {
        changed.add(name);
      }
    }
    return changed;
  }
}
