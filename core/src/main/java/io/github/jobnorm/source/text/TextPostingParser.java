package io.github.jobnorm.source.text;

import io.github.jobnorm.source.InputDocument;
import io.github.jobnorm.source.RawPosting;
import io.github.jobnorm.source.SourceException;
import io.github.jobnorm.source.SourceParser;
import java.util.List;

/** Reads a posting saved as plain text or markdown, LinkedIn-style. */
public final class TextPostingParser implements SourceParser {
  @Override
  public String name() {
    return "text";
  }

  @Override
  public boolean supports(InputDocument document) {
    return !document.looksLikeHtml() && !document.looksLikeJson();
  }

  @Override
  public List<RawPosting> parse(InputDocument document) throws SourceException {
    return List.of();
  }
}
