package io.github.jobnorm;

import io.github.jobnorm.internal.Pipeline;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * The entry point: parse a job posting from text, a file or a stream into {@link
 * io.github.jobnorm.model.JobPosting}s. The format (LinkedIn text or HTML, schema.org JSON-LD,
 * an ATS feed) is detected; a failure is returned, never thrown.
 *
 * <pre>{@code
 * ParseResult result = JobNorm.parse(Path.of("linkedin-4104804862.txt"));
 * if (result.isSuccess()) {
 *   JobPosting posting = result.posting();
 *   System.out.println(posting.title() + " " + posting.pay());
 * } else {
 *   System.err.println(result.failure());   // e.g. "<file>: input is empty"
 * }
 * }</pre>
 *
 * <p>All methods are thread-safe.
 */
public final class JobNorm {
  private JobNorm() {}

  /** Parses text with the default options. */
  public static ParseResult parse(String text) {
    return Pipeline.parse(text, ParseOptions.defaults());
  }

  /** Parses text. */
  public static ParseResult parse(String text, ParseOptions options) {
    return Pipeline.parse(text, options);
  }

  /** Parses a file with the default options; the path names the input in failures. */
  public static ParseResult parse(Path file) {
    return Pipeline.parse(file, ParseOptions.defaults());
  }

  /** Parses a file. */
  public static ParseResult parse(Path file, ParseOptions options) {
    return Pipeline.parse(file, options);
  }

  /** Parses a stream, reading at most {@link ParseOptions#maxBytes()}; does not close it. */
  public static ParseResult parse(InputStream in, ParseOptions options) {
    return Pipeline.parse(in, options);
  }
}
