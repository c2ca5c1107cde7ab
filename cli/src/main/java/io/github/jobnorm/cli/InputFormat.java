package io.github.jobnorm.cli;

import io.github.jobnorm.ParseOptions;
import io.github.jobnorm.source.table.TableFormat;

/** What {@code -i/--input-format} says an input is. */
enum InputFormat {
  AUTO, TEXT, HTML, JSON, CSV, JSONL;

  /** The table format this names, or null when it names a posting document (or auto). */
  TableFormat table() {
    return this == CSV ? TableFormat.CSV : this == JSONL ? TableFormat.JSON_LINES : null;
  }

  /** The parse options for a document of this format: a forced parser or a content type. */
  ParseOptions.Builder apply(ParseOptions.Builder b) {
    switch (this) {
      case TEXT:
        return b.parser("text").contentType("text/plain");
      case HTML:
        return b.contentType("text/html");
      case JSON:
        return b.contentType("application/json");
      default:
        return b;
    }
  }
}
