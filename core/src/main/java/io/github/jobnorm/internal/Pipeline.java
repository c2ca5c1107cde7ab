package io.github.jobnorm.internal;

import io.github.jobnorm.ParseFailure;
import io.github.jobnorm.ParseFailure.Reason;
import io.github.jobnorm.ParseOptions;
import io.github.jobnorm.ParseResult;
import io.github.jobnorm.model.JobPosting;
import io.github.jobnorm.normalize.NormalizeContext;
import io.github.jobnorm.normalize.Normalizer;
import io.github.jobnorm.source.InputDocument;
import io.github.jobnorm.source.RawPosting;
import io.github.jobnorm.source.SourceException;
import io.github.jobnorm.source.SourceParser;
import io.github.jobnorm.source.SourceRegistry;
import io.github.jobnorm.source.table.TableRow;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Bytes to postings: decode, detect the source, read it, normalize. Never throws on input. */
public final class Pipeline {
  private static final SourceRegistry REGISTRY = SourceRegistry.standard();

  private Pipeline() {}

  /** Parses a file. */
  public static ParseResult parse(Path file, ParseOptions options) {
    String name = nameOr(options, file.toString());
    if (Files.isDirectory(file)) {
      return failed(Reason.UNREADABLE, name, "is a directory, not a posting file");
    }
    try (InputStream in = Files.newInputStream(file)) {
      return parse(in, name, options);
    } catch (NoSuchFileException e) {
      return failed(Reason.UNREADABLE, name, "no such file");
    } catch (IOException e) {
      return failed(Reason.UNREADABLE, name, "cannot read: " + e.getMessage());
    }
  }

  /** Parses a stream; does not close it. */
  public static ParseResult parse(InputStream in, ParseOptions options) {
    return parse(in, nameOr(options, ParseOptions.DEFAULT_INPUT_NAME), options);
  }

  private static ParseResult parse(InputStream in, String name, ParseOptions options) {
    InputDecoder.Decoded decoded;
    try {
      decoded = InputDecoder.decode(in, name, options.maxBytes());
    } catch (InputDecoder.DecodeException e) {
      return ParseResult.failed(e.failure());
    }
    return parseText(decoded.text(), decoded.warning(), name, options);
  }

  /** Parses text already decoded. */
  public static ParseResult parse(String text, ParseOptions options) {
    String name = nameOr(options, "<text>");
    if (text == null || text.isBlank()) {
      return failed(Reason.EMPTY_INPUT, name, "input is empty");
    }
    if (text.length() > options.maxBytes()) {
      return failed(Reason.TOO_LARGE, name, "input is larger than the limit of "
          + options.maxBytes() + " characters");
    }
    return parseText(text, null, name, options);
  }

  private static String nameOr(ParseOptions options, String fallback) {
    return options.inputName() != null ? options.inputName() : fallback;
  }

  private static ParseResult parseText(
      String text, String warning, String name, ParseOptions options) {
    InputDocument doc = new InputDocument(text, name, options.url(), options.contentType(),
        options.fetchedAt());
    List<RawPosting> raws;
    try {
      raws = options.parser() == null ? REGISTRY.parse(doc) : forced(doc, options.parser());
    } catch (SourceRegistry.NoParserException e) {
      return ParseResult.failed(new ParseFailure(e.reason(), name, e.position(),
          e.getMessage(), e.tried()));
    } catch (SourceException e) {
      return ParseResult.failed(new ParseFailure(e.reason(), name, e.position(),
          e.getMessage(), List.of()));
    } catch (RuntimeException | StackOverflowError e) {
      return failed(Reason.INTERNAL_ERROR, name,
          "jobnorm could not read this input (" + e + "); please report it with the input");
    }
    return normalize(raws, warning, name, options, -1);
  }

  /** Normalizes one table row, or returns the failure it was read with. */
  public static ParseResult parse(TableRow row, ParseOptions options) {
    if (row.failure() != null) {
      return ParseResult.failed(row.failure());
    }
    return normalize(List.of(row.raw()), null, row.input(), options, row.row());
  }

  private static ParseResult normalize(List<RawPosting> raws, String warning, String name,
      ParseOptions options, long position) {
    NormalizeContext context = new NormalizeContext(options.referenceTime(),
        options.countryHint());
    List<JobPosting> postings = new ArrayList<>(raws.size());
    for (RawPosting raw : raws) {
      JobPosting p;
      try {
        p = Normalizer.normalize(raw, context);
      } catch (RuntimeException | StackOverflowError e) {
        return ParseResult.failed(new ParseFailure(Reason.INTERNAL_ERROR, name,
            position, "jobnorm could not normalize this input (" + e
                + "); please report it with the input", List.of()));
      }
      if (warning != null) {
        List<String> w = new ArrayList<>(p.warnings());
        w.add(0, warning);
        p = p.toBuilder().warnings(w).build();
      }
      postings.add(p);
    }
    return ParseResult.of(postings);
  }

  private static List<RawPosting> forced(InputDocument doc, String parserName)
      throws SourceException {
    SourceParser parser;
    try {
      parser = REGISTRY.byName(parserName);
    } catch (IllegalArgumentException e) {
      throw new SourceException(Reason.NOT_A_POSTING, e.getMessage());
    }
    List<RawPosting> found = parser.parse(doc);
    if (found.isEmpty()) {
      throw new SourceException(Reason.NOT_A_POSTING,
          "parser '" + parserName + "' found no posting");
    }
    return found;
  }

  private static ParseResult failed(Reason reason, String name, String message) {
    return ParseResult.failed(ParseFailure.of(reason, name, message));
  }
}
