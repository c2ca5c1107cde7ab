package io.github.jobnorm.source;

import io.github.jobnorm.ParseFailure;

/** A source parser's typed refusal or failure: the document is not what it claims, or is broken. */
public class SourceException extends Exception {
  private static final long serialVersionUID = 1L;
  private final ParseFailure.Reason reason;
  private final long position;

  /** A failure with a reason and a message a person can act on. */
  public SourceException(ParseFailure.Reason reason, String message) {
    this(reason, message, -1, null);
  }

  /** A failure at a position in the input (a character offset or row), with its cause. */
  public SourceException(ParseFailure.Reason reason, String message, long position, Throwable cause) {
    super(message, cause);
    this.reason = reason;
    this.position = position;
  }

  /** The typed reason. */
  public ParseFailure.Reason reason() {
    return reason;
  }

  /** Where in the input, or -1. */
  public long position() {
    return position;
  }
}
