package io.github.jobnorm.normalize;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The text cues of {@code cues.tsv}, and a scan of a text for them. */
final class Cues {

  /** One cue of the file; its pattern is matched against lower-cased text. */
  record Cue(String kind, String value, Pattern pattern, String example) {}

  /** One place where a cue matched. */
  record Hit(String value, int start, int end, String text) {}

  private static final class Holder {
    static final List<Cue> ALL = load();
  }

  private Cues() {}

  /** Every cue, in file order. */
  static List<Cue> all() {
    return Holder.ALL;
  }

  /**
   * The hits of the cues of one kind, in text order, without those a veto ("!REMOTE") cancels.
   */
  static List<Hit> scan(String kind, CharSequence text) {
    String lower = Fold.lowerSameLength(text);
    List<Hit> hits = new ArrayList<>();
    Set<String> vetoed = new HashSet<>();
    for (Cue cue : Holder.ALL) {
      if (!cue.kind().equals(kind)) {
        continue;
      }
      Matcher m = cue.pattern().matcher(lower);
      while (m.find()) {
        if (cue.value().startsWith("!")) {
          vetoed.add(cue.value().substring(1));
          break;
        }
        hits.add(new Hit(cue.value(), m.start(), m.end(),
            text.subSequence(m.start(), m.end()).toString()));
      }
    }
    hits.removeIf(h -> vetoed.contains(h.value()));
    hits.sort(Comparator.comparingInt(Hit::start));
    return merged(hits, text);
  }

  /** Overlapping hits of one value become one hit over their union, to keep all their words. */
  private static List<Hit> merged(List<Hit> sorted, CharSequence text) {
    List<Hit> out = new ArrayList<>(sorted.size());
    for (Hit h : sorted) {
      int last = out.size() - 1;
      Hit previous = last < 0 ? null : out.get(last);
      if (previous != null && previous.value().equals(h.value()) && h.start() < previous.end()) {
        int end = Math.max(previous.end(), h.end());
        out.set(last, new Hit(h.value(), previous.start(), end,
            text.subSequence(previous.start(), end).toString()));
      } else {
        out.add(h);
      }
    }
    return out;
  }

  private static List<Cue> load() {
    List<Cue> cues = new ArrayList<>();
    for (String[] row : RuleFile.rows("cues.tsv")) {
      // Matched against lower-cased text, so the expressions are written in lower case.
      Pattern p = Pattern.compile(row[2]);
      cues.add(new Cue(row[0], row[1], p, row[3]));
    }
    return List.copyOf(cues);
  }
}
