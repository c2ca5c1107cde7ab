package io.github.jobnorm.source;

import io.github.jobnorm.source.ats.AshbyParser;
import io.github.jobnorm.source.ats.GreenhouseParser;
import io.github.jobnorm.source.ats.LeverParser;
import io.github.jobnorm.source.html.GenericHtmlParser;
import io.github.jobnorm.source.jsonld.JsonLdPostingParser;
import io.github.jobnorm.source.linkedin.LinkedInJobPageParser;
import io.github.jobnorm.source.linkedin.LinkedInSearchParser;
import io.github.jobnorm.source.text.TextPostingParser;
import java.util.List;

/**
 * The built-in parsers in the order the registry tries them: most specific first. LinkedIn
 * search before LinkedIn job pages (a search page shows one job's top card too); LinkedIn pages
 * before JSON-LD (their JSON-LD lacks the top card's facts); the ATS feeds, recognized by their
 * own field names, before JSON-LD; generic HTML after every HTML format it could shadow; the
 * plain-text parser last.
 */
final class BuiltInParsers {
  private BuiltInParsers() {}

  static List<SourceParser> list() {
    return List.of(
        new LinkedInSearchParser(),
        new LinkedInJobPageParser(),
        new GreenhouseParser(),
        new LeverParser(),
        new AshbyParser(),
        new JsonLdPostingParser(),
        new GenericHtmlParser(),
        new TextPostingParser());
  }
}
