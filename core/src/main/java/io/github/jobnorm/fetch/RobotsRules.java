package io.github.jobnorm.fetch;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The rules of a robots.txt file that apply to one user agent, read as RFC 9309 says: the groups
 * naming our product token (else the {@code *} groups) apply; the longest matching pattern wins,
 * and {@code Allow} wins a tie; {@code *} matches any run of characters and a final {@code $}
 * anchors the end. Lines that are not rules are ignored.
 */
final class RobotsRules {
  /** RFC 9309 asks crawlers to read at least this much; past it, we stop. */
  static final int MAX_CHARS = 500 * 1024;

  static final RobotsRules ALLOW_ALL = new RobotsRules(List.of());
  static final RobotsRules DISALLOW_ALL = new RobotsRules(List.of(new Rule("/", false)));

  private final List<Rule> rules;

  private RobotsRules(List<Rule> rules) {
    this.rules = List.copyOf(rules);
  }

  /** One {@code Allow} or {@code Disallow} line. */
  record Rule(String pattern, boolean allow) {}

  /** The rules of the file for the product token ({@code jobnorm}), matched case-insensitively. */
  static RobotsRules parse(String text, String productToken) {
    String token = productToken.toLowerCase(Locale.ROOT);
    List<Rule> ours = new ArrayList<>();
    List<Rule> star = new ArrayList<>();
    boolean groupIsOurs = false;
    boolean groupIsStar = false;
    boolean inAgentLines = false;
    boolean namedUs = false;
    String body = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
    for (String raw : body.split("\r\n|\r|\n", -1)) {
      int hash = raw.indexOf('#');
      String line = (hash >= 0 ? raw.substring(0, hash) : raw).strip();
      int colon = line.indexOf(':');
      if (colon <= 0) {
        continue;
      }
      String key = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
      String value = line.substring(colon + 1).strip();
      switch (key) {
        case "user-agent" -> {
          if (!inAgentLines) {
            groupIsOurs = false;
            groupIsStar = false;
            inAgentLines = true;
          }
          String agent = value.toLowerCase(Locale.ROOT);
          groupIsOurs |= agent.equals(token);
          namedUs |= agent.equals(token);
          groupIsStar |= agent.equals("*");
        }
        case "allow", "disallow" -> {
          inAgentLines = false;
          if (value.isEmpty()) {
            continue; // an empty Disallow allows everything; an empty Allow says nothing
          }
          Rule rule = new Rule(value, key.equals("allow"));
          if (groupIsOurs) {
            ours.add(rule);
          }
          if (groupIsStar) {
            star.add(rule);
          }
        }
        default -> inAgentLines = false;
      }
    }
    // a group naming us replaces the * groups, even one without rules (which allows everything)
    return new RobotsRules(namedUs ? ours : star);
  }

  /** Whether the path (with its query, as sent) may be fetched. */
  boolean allows(String pathAndQuery) {
    if (pathAndQuery.equals("/robots.txt")) {
      return true;
    }
    Rule best = null;
    for (Rule rule : rules) {
      if (matches(rule.pattern(), pathAndQuery)
          && (best == null
              || rule.pattern().length() > best.pattern().length()
              || (rule.pattern().length() == best.pattern().length() && rule.allow()))) {
        best = rule;
      }
    }
    return best == null || best.allow();
  }

  /**
   * Glob matching from the start of the path. The pieces between stars are found leftmost in
   * turn, which is exact for stars alone and keeps the work linear in the pattern's pieces.
   */
  static boolean matches(String pattern, String path) {
    boolean anchored = pattern.endsWith("$");
    String p = anchored ? pattern.substring(0, pattern.length() - 1) : pattern;
    String[] pieces = p.split("\\*", -1);
    if (!path.startsWith(pieces[0])) {
      return false;
    }
    int at = pieces[0].length();
    if (pieces.length == 1) {
      return !anchored || at == path.length();
    }
    for (int i = 1; i < pieces.length - 1; i++) {
      int found = path.indexOf(pieces[i], at);
      if (found < 0) {
        return false;
      }
      at = found + pieces[i].length();
    }
    String last = pieces[pieces.length - 1];
    if (anchored) {
      return path.length() - last.length() >= at && path.endsWith(last);
    }
    return path.indexOf(last, at) >= 0;
  }
}
