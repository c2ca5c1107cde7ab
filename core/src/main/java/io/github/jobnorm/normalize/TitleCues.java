package io.github.jobnorm.normalize;

import java.util.Optional;
import java.util.regex.Matcher;

/** Title cues, where the order of the cue file is the order of precedence. */
final class TitleCues {
  private TitleCues() {}

  /** The first cue of the kind, in file order, that matches the title. */
  static Optional<Cues.Hit> first(String kind, String title) {
    String lower = Fold.lowerSameLength(title);
    for (Cues.Cue cue : Cues.ofKind(kind)) {
      Matcher m = cue.pattern().matcher(lower);
      if (m.find()) {
        return Optional.of(new Cues.Hit(cue.type(), m.start(), m.end(),
            title.substring(m.start(), m.end()).strip()));
      }
    }
    return Optional.empty();
  }
}
