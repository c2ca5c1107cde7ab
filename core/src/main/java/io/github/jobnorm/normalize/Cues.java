package io.github.jobnorm.normalize;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The text cues of {@code cues.tsv}, and a scan of a text for them. */
final class Cues {

  /** What a cue's hit does, read once from the mark on its value. */
  enum Role {
    /** States its type for the job ("fully remote"). */
    STATE,
    /** Cancels its type for the whole text ("!REMOTE": "remote work is not available"). */
    VETO,
    /** Offers its type as an option ({@link #OPTION}): states nothing, may leave the job open. */
    OPTION,
    /** Names a type without stating it ({@link #SILENCE}): drops the hits it overlaps. */
    SILENCE
  }

  /**
   * One cue of the file; its pattern is matched against lower-cased text. Every match of a cue
   * with anchors contains one of them, within {@link #WINDOW} characters of its start and end.
   * {@code type} is the value without its mark; empty for a {@link Role#SILENCE} cue.
   */
  record Cue(String kind, Role role, String type, Pattern pattern, String example,
      List<String> anchors) {
    Cue {
      if ((role == Role.SILENCE) != type.isEmpty()) {
        throw new IllegalArgumentException("a type for every role but SILENCE: " + role + " " + type);
      }
    }

    /** The cue for a value of the file: "NONE", "!TYPE", "?TYPE" or a bare type. */
    static Cue of(String kind, String value, Pattern pattern, String example, List<String> anchors) {
      if (value.equals(SILENCE)) {
        return new Cue(kind, Role.SILENCE, "", pattern, example, anchors);
      }
      if (value.startsWith(OPTION)) {
        return new Cue(kind, Role.OPTION, value.substring(1), pattern, example, anchors);
      }
      if (value.startsWith(VETO)) {
        return new Cue(kind, Role.VETO, value.substring(1), pattern, example, anchors);
      }
      return new Cue(kind, Role.STATE, value, pattern, example, anchors);
    }
  }

  /** How far a match may reach before and after its anchor. */
  static final int WINDOW = 100;

  /** The value of cues whose words name a type without stating it: they silence what they overlap. */
  static final String SILENCE = "NONE";

  /**
   * The mark of cues that offer a type as an option ("?REMOTE": "remote options may be
   * available"): the option states nothing, and beside another type it leaves the job's open.
   */
  static final String OPTION = "?";

  /** The mark of cues that veto a type for the whole text ("!REMOTE"). */
  static final String VETO = "!";

  /** One place where a cue matched. */
  record Hit(String value, int start, int end, String text) {}

  private static final class Holder {
    static final List<Cue> ALL = load();
    /** The cues of each kind, in file order: a scan reads only its own kind's. */
    static final Map<String, List<Cue>> BY_KIND = byKind(ALL);
  }

  private Cues() {}

  /** Every cue, in file order. */
  static List<Cue> all() {
    return Holder.ALL;
  }

  /** The cues of one kind, in file order; empty for an unknown kind. */
  static List<Cue> ofKind(String kind) {
    return Holder.BY_KIND.getOrDefault(kind, List.of());
  }

  /**
   * The hits of the cues of one kind, in text order, without those a veto ("!REMOTE") cancels
   * or a {@link #SILENCE} or {@link #OPTION} cue overlaps; none at all when an option is offered
   * beside a hit of another type.
   */
  static List<Hit> scan(String kind, CharSequence text) {
    return scan(kind, text, false);
  }

  /** As {@link #scan(String, CharSequence)}; {@code whole} reads the whole text for every cue. */
  static List<Hit> scan(String kind, CharSequence text, boolean whole) {
    String lower = Fold.lowerSameLength(text);
    List<Hit> hits = new ArrayList<>();
    Set<String> vetoed = new HashSet<>();
    Set<String> offered = new HashSet<>();
    // Many cues share their anchors ("remote", "hybrid"): each list is searched for once.
    Map<List<String>, int[]> windows = new HashMap<>();
    for (Cue cue : ofKind(kind)) {
      Matcher m = cue.pattern().matcher(lower).useTransparentBounds(true).useAnchoringBounds(false);
      // Most cues name a word ("hybrid", "remote"): only the text around it is read, which
      // keeps a posting's scan to a few short windows instead of fifty passes over the whole.
      int[] regions = whole || cue.anchors().isEmpty() ? new int[] {0, lower.length()}
          : windows.computeIfAbsent(cue.anchors(), anchors -> windows(lower, anchors));
      scan:
      for (int r = 0; r < regions.length; r += 2) {
        m.region(regions[r], regions[r + 1]);
        while (m.find()) {
          switch (cue.role()) {
            case OPTION -> {
              offered.add(cue.type());
              hits.add(new Hit(SILENCE, m.start(), m.end(), ""));
            }
            case VETO -> {
              vetoed.add(cue.type());
              break scan;
            }
            case SILENCE -> hits.add(new Hit(SILENCE, m.start(), m.end(),
                text.subSequence(m.start(), m.end()).toString()));
            case STATE -> hits.add(new Hit(cue.type(), m.start(), m.end(),
                text.subSequence(m.start(), m.end()).toString()));
          }
        }
      }
    }
    hits.removeIf(h -> vetoed.contains(h.value()));
    hits.sort(Comparator.comparingInt(Hit::start));
    List<Hit> stated = merged(unsilenced(hits), text);
    // "Our hybrid model ... Remote options may be available": hybrid or remote, not said which
    return !offered.isEmpty() && stated.stream().anyMatch(h -> !offered.contains(h.value()))
        ? List.of() : stated;
  }

  /**
   * The hits, in text order, without the {@link #SILENCE} hits and those they overlap: "full or
   * part time" holds two cues' words but states no type for this job.
   */
  private static List<Hit> unsilenced(List<Hit> sorted) {
    List<Hit> silent = new ArrayList<>();
    for (Hit h : sorted) {
      if (h.value().equals(SILENCE)) {
        silent.add(h);
      }
    }
    if (silent.isEmpty()) {
      return sorted;
    }
    List<Hit> out = new ArrayList<>(sorted.size());
    // Both lists run in order of start, so one pass over each keeps a long text linear.
    int next = 0;
    for (Hit h : sorted) {
      while (next < silent.size() && silent.get(next).end() <= h.start()) {
        next++;
      }
      if (next == silent.size() || silent.get(next).start() >= h.end()) {
        out.add(h);
      }
    }
    return out;
  }

  /**
   * The stretches of text within {@link #WINDOW} characters of an anchor, merged where they
   * overlap, as start/end pairs in text order.
   */
  static int[] windows(String lower, List<String> anchors) {
    List<int[]> spans = new ArrayList<>();
    for (String a : anchors) {
      for (int i = lower.indexOf(a); i >= 0; i = lower.indexOf(a, i + 1)) {
        spans.add(new int[] {Math.max(0, i - WINDOW), Math.min(lower.length(), i + a.length() + WINDOW)});
      }
    }
    spans.sort(Comparator.comparingInt(x -> x[0]));
    int[] out = new int[spans.size() * 2];
    int n = 0;
    for (int[] span : spans) {
      if (n > 0 && span[0] <= out[n - 1]) {
        out[n - 1] = Math.max(out[n - 1], span[1]);
      } else {
        out[n++] = span[0];
        out[n++] = span[1];
      }
    }
    return Arrays.copyOf(out, n);
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
      List<String> anchors = row.length > 4 && !row[4].isBlank() ? List.of(row[4].split("\\|")) : List.of();
      cues.add(Cue.of(row[0], row[1], p, row[3], anchors));
    }
    return List.copyOf(cues);
  }

  private static Map<String, List<Cue>> byKind(List<Cue> cues) {
    Map<String, List<Cue>> out = new HashMap<>();
    for (Cue cue : cues) {
      out.computeIfAbsent(cue.kind(), k -> new ArrayList<>()).add(cue);
    }
    out.replaceAll((k, v) -> List.copyOf(v));
    return Map.copyOf(out);
  }
}
