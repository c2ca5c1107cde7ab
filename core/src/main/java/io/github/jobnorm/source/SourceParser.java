package io.github.jobnorm.source;

import java.util.List;

/**
 * Reads one family of documents (LinkedIn pages, JSON-LD, an ATS feed, plain text) into {@link
 * RawPosting}s. A parser only finds the pieces; it never decides what they mean, and never does
 * I/O. Implementations must be stateless and thread-safe.
 *
 * <p>Third-party parsers are found through {@link java.util.ServiceLoader} and tried after the
 * built-in ones.
 */
public interface SourceParser {

  /** A short, stable name ({@code "linkedin-page"}), used in failures and to force a parser. */
  String name();

  /**
   * Whether this parser recognizes the document. Cheap: it may look at the URL, the content type
   * and the first characters, and at the document's cached HTML or JSON tree.
   */
  boolean supports(InputDocument document);

  /**
   * The postings in the document, in document order; empty when it recognized the format but
   * found no posting.
   *
   * @throws SourceException when the document is broken, blocked or not a posting
   */
  List<RawPosting> parse(InputDocument document) throws SourceException;
}
