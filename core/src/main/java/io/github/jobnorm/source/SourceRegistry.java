package io.github.jobnorm.source;

import io.github.jobnorm.ParseFailure;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.ServiceLoader;

/**
 * The ordered list of source parsers. The first parser that {@linkplain SourceParser#supports
 * supports} a document and returns postings wins; a document that none takes fails with {@code
 * NOT_A_POSTING}, naming every parser tried.
 */
public final class SourceRegistry {
  private final List<SourceParser> parsers;

  /** A registry of exactly these parsers, tried in this order. */
  public SourceRegistry(List<SourceParser> parsers) {
    this.parsers = List.copyOf(parsers);
  }

  /** The built-in parsers in their fixed order, then any found through {@link ServiceLoader}. */
  public static SourceRegistry standard() {
    List<SourceParser> all = new ArrayList<>(BuiltInParsers.list());
    for (SourceParser p : ServiceLoader.load(SourceParser.class)) {
      all.add(p);
    }
    return new SourceRegistry(all);
  }

  /** The parsers, in the order they are tried. */
  public List<SourceParser> parsers() {
    return parsers;
  }

  /** The parser with this name. */
  public SourceParser byName(String name) {
    for (SourceParser p : parsers) {
      if (p.name().equals(name)) {
        return p;
      }
    }
    List<String> names = parsers.stream().map(SourceParser::name).toList();
    throw new IllegalArgumentException("no parser named '" + name + "'; known: " + names);
  }

  /**
   * The postings of the first parser that supports the document and finds any.
   *
   * @throws SourceException with {@code NOT_A_POSTING} naming every parser tried when none finds
   *     a posting, or the first typed failure a supporting parser raised
   */
  public List<RawPosting> parse(InputDocument document) throws SourceException {
    Objects.requireNonNull(document, "document == null");
    List<String> tried = new ArrayList<>();
    List<String> why = new ArrayList<>();
    SourceException firstFailure = null;
    for (SourceParser parser : parsers) {
      if (!parser.supports(document)) {
        continue;
      }
      tried.add(parser.name());
      try {
        List<RawPosting> found = parser.parse(document);
        if (!found.isEmpty()) {
          return found;
        }
        why.add(parser.name() + ": found no posting");
      } catch (SourceException e) {
        why.add(parser.name() + ": " + e.getMessage());
        if (e.reason() == ParseFailure.Reason.BLOCKED_PAGE) {
          throw e;
        }
        if (firstFailure == null) {
          firstFailure = e;
        }
      }
    }
    if (firstFailure != null && firstFailure.reason() != ParseFailure.Reason.NOT_A_POSTING) {
      throw firstFailure;
    }
    throw new NoParserException(tried, why, parsers.stream().map(SourceParser::name).toList());
  }

  /** No parser found a posting; carries the names of the parsers that were tried. */
  public static final class NoParserException extends SourceException {
    private static final long serialVersionUID = 1L;
    private final List<String> tried;

    NoParserException(List<String> tried, List<String> why, List<String> all) {
      super(
          ParseFailure.Reason.NOT_A_POSTING,
          tried.isEmpty()
              ? "no job posting found: no parser recognized the input (known: "
                  + String.join(", ", all) + ")"
              : "no job posting found (tried " + String.join("; ", why) + ")");
      this.tried = List.copyOf(tried.isEmpty() ? all : tried);
    }

    /** The parsers that were tried, in order. */
    public List<String> tried() {
      return tried;
    }
  }
}
