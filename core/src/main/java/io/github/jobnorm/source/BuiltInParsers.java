package io.github.jobnorm.source;

import io.github.jobnorm.source.text.TextPostingParser;
import java.util.List;

/** The built-in parsers in the order the registry tries them: most specific first. */
final class BuiltInParsers {
  private BuiltInParsers() {}

  static List<SourceParser> list() {
    return List.of(new TextPostingParser());
  }
}
