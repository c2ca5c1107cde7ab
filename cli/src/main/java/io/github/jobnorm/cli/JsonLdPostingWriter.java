package io.github.jobnorm.cli;

import io.github.jobnorm.model.JobPosting;
import java.io.Writer;

/** schema.org JSON-LD out: not available until the core library can write it. */
final class JsonLdPostingWriter {
  /** What {@code -f jsonld} says while the format is missing. */
  static final String MISSING = "the jsonld output format is not available in this version yet;"
      + " use -f json, jsonl or csv";

  private JsonLdPostingWriter() {}

  static PostingWriter create(Writer out, boolean pretty) {
    throw new UnsupportedOperationException(MISSING);
  }

  static boolean available() {
    return false;
  }

  @SuppressWarnings("unused")
  private static String write(JobPosting p) {
    throw new UnsupportedOperationException(MISSING);
  }
}
