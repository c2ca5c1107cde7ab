package io.github.jobnorm.fetch;

import java.io.IOException;

/**
 * A typed refusal raised inside the interceptor chain (blocked, too large). It travels as an
 * {@link IOException} because that is what OkHttp lets through a call; the fetcher turns it into a
 * {@link FetchResult.Failure} and never retries it.
 */
final class FetchException extends IOException {
  private static final long serialVersionUID = 1L;
  private final FetchResult.Reason reason;
  private final int statusCode;
  private final boolean sent;

  /**
   * @param sent whether the request went out before the refusal, so that it counts as an attempt
   */
  FetchException(FetchResult.Reason reason, int statusCode, String message, boolean sent) {
    super(message);
    this.reason = reason;
    this.statusCode = statusCode;
    this.sent = sent;
  }

  boolean sent() {
    return sent;
  }

  FetchResult.Reason reason() {
    return reason;
  }

  int statusCode() {
    return statusCode;
  }
}
