package io.github.jobnorm.fetch;

/**
 * What a server said identifies a version of a page, to ask next time whether it changed.
 *
 * @param etag the {@code ETag} header as sent, quotes and {@code W/} included, or null
 * @param lastModified the {@code Last-Modified} header as sent, or null
 */
public record Validators(String etag, String lastModified) {

  /** Requires at least one validator. */
  public Validators {
    etag = blankToNull(etag);
    lastModified = blankToNull(lastModified);
    if (etag == null && lastModified == null) {
      throw new IllegalArgumentException("etag and lastModified are both missing");
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  /** The validators of a response's headers, or null when it sent none. */
  static Validators ofHeaders(String etag, String lastModified) {
    if (blankToNull(etag) == null && blankToNull(lastModified) == null) {
      return null;
    }
    return new Validators(etag, lastModified);
  }
}
