package io.github.jobnorm.source;

/** Whether a raw description is markup to be read as HTML, or plain or markdown-like text. */
public enum DescriptionFormat {
  /** Plain text, possibly with markdown headings and bullets. */
  TEXT,
  /** An HTML fragment or document. */
  HTML
}
