package io.github.jobnorm;

import java.util.List;
import java.util.Objects;

/**
 * Why a document gave no posting, in words a person can act on.
 *
 * @param reason the typed reason
 * @param input the input's name: a file path, a URL, {@code <stdin>} or {@code <text>}
 * @param position where in the input the problem was found (a character offset or row), or -1
 * @param message what went wrong and what to do about it
 * @param tried the parsers that were tried, in order, when no parser took the document
 */
public record ParseFailure(
    Reason reason, String input, long position, String message, List<String> tried) {

  /** The typed reasons a parse can fail for. */
  public enum Reason {
    /** The input has no content, or only white space. */
    EMPTY_INPUT,
    /** The input is text or markup, but no posting was found in it. */
    NOT_A_POSTING,
    /** The input is binary data (an image, an archive, a PDF), not text. */
    BINARY_INPUT,
    /** The input is larger than the configured limit. */
    TOO_LARGE,
    /** The input looks like a supported format but is broken beyond reading. */
    MALFORMED,
    /** The page is a sign-in wall, captcha or block page, not the posting. */
    BLOCKED_PAGE,
    /** The input could not be read: missing file, a directory, no permission. */
    UNREADABLE,
    /** A defect in jobnorm itself; the message asks for a report with the input. */
    INTERNAL_ERROR
  }

  /** Checks the parts; {@code tried} is copied. */
  public ParseFailure {
    Objects.requireNonNull(reason, "reason == null");
    Objects.requireNonNull(message, "message == null");
    input = input == null ? ParseOptions.DEFAULT_INPUT_NAME : input;
    tried = tried == null ? List.of() : List.copyOf(tried);
  }

  /** A failure with no position and no parser list. */
  public static ParseFailure of(Reason reason, String input, String message) {
    return new ParseFailure(reason, input, -1, message, List.of());
  }

  /** {@code input: message}, the one line the CLI prints. */
  @Override
  public String toString() {
    return input + ": " + message;
  }
}
