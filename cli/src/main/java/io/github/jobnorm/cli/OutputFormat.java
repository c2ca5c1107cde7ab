package io.github.jobnorm.cli;

import io.github.jobnorm.json.JobPostingJsonLd;
import java.io.Writer;

/** The formats of {@code -f/--format}. */
enum OutputFormat {
  JSON, JSONL, CSV, JSONLD;

  /** A writer of this format to {@code out}; {@code format} null is the default. */
  static PostingWriter writer(OutputFormat format, Writer out, boolean pretty) {
    if (format == null) {
      return new JsonPostingWriter(out, JsonPostingWriter.Mode.ONE_OR_LINES, pretty);
    }
    switch (format) {
      case JSON:
        return new JsonPostingWriter(out, JsonPostingWriter.Mode.ONE_OR_ARRAY, pretty);
      case JSONL:
        return new JsonPostingWriter(out, JsonPostingWriter.Mode.LINES, false);
      case CSV:
        return new CsvPostingWriter(out);
      default:
        return new JsonPostingWriter(out, JsonPostingWriter.Mode.ONE_OR_LINES, pretty,
            JobPostingJsonLd::write);
    }
  }
}
