package io.github.jobnorm;

import io.github.jobnorm.model.constraint.CodeValidators;
import java.time.Instant;

/**
 * How to parse: what is known about the input beyond its bytes, and the limits. Immutable; make
 * one with {@link #builder()} or change a copy with {@link #newBuilder()}.
 *
 * <pre>{@code
 * ParseOptions options = ParseOptions.builder()
 *     .url("https://www.linkedin.com/jobs/view/4104804862")
 *     .referenceTime(Instant.parse("2026-11-24T16:05:33Z"))
 *     .build();
 * }</pre>
 */
public final class ParseOptions {
  /** The default input limit: 64 MiB. */
  public static final long DEFAULT_MAX_BYTES = 64L * 1024 * 1024;

  /** The name an input given none goes by in failures and messages. */
  public static final String DEFAULT_INPUT_NAME = "<input>";

  private static final ParseOptions DEFAULTS = new Builder().build();

  private final String inputName;
  private final String url;
  private final String contentType;
  private final Instant fetchedAt;
  private final Instant referenceTime;
  private final String countryHint;
  private final String parser;
  private final long maxBytes;

  private ParseOptions(Builder b) {
    this.inputName = b.inputName;
    this.url = b.url;
    this.contentType = b.contentType;
    this.fetchedAt = b.fetchedAt;
    this.referenceTime = b.referenceTime;
    this.countryHint = b.countryHint;
    this.parser = b.parser;
    this.maxBytes = b.maxBytes;
  }

  /** No URL, no reference time, auto-detected format, the default size limit. */
  public static ParseOptions defaults() {
    return DEFAULTS;
  }

  /** A builder with the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding these options. */
  public Builder newBuilder() {
    return new Builder(this);
  }

  /**
   * The input's name in messages (a path, {@code <stdin>}), or null for the default, {@link
   * #DEFAULT_INPUT_NAME} (for text, {@code <text>}).
   */
  public String inputName() {
    return inputName;
  }

  /** The URL the document came from, or null. */
  public String url() {
    return url;
  }

  /** The media type, or null to sniff. */
  public String contentType() {
    return contentType;
  }

  /** When the document was fetched, or null. */
  public Instant fetchedAt() {
    return fetchedAt;
  }

  /** What relative dates are resolved against when there is no fetch time; null leaves them. */
  public Instant referenceTime() {
    return referenceTime;
  }

  /** The ISO alpha-2 country the postings are known to be in, or null. */
  public String countryHint() {
    return countryHint;
  }

  /** The name of the parser to use instead of detecting one, or null. */
  public String parser() {
    return parser;
  }

  /** The largest input accepted, in bytes; larger inputs fail with {@code TOO_LARGE}. */
  public long maxBytes() {
    return maxBytes;
  }

  /** Builds {@link ParseOptions}. */
  public static final class Builder {
    private String inputName;
    private String url;
    private String contentType;
    private Instant fetchedAt;
    private Instant referenceTime;
    private String countryHint;
    private String parser;
    private long maxBytes = DEFAULT_MAX_BYTES;

    private Builder() {}

    private Builder(ParseOptions o) {
      inputName = o.inputName;
      url = o.url;
      contentType = o.contentType;
      fetchedAt = o.fetchedAt;
      referenceTime = o.referenceTime;
      countryHint = o.countryHint;
      parser = o.parser;
      maxBytes = o.maxBytes;
    }

    /** Sets the input's name for messages. */
    public Builder inputName(String inputName) {
      this.inputName = inputName;
      return this;
    }

    /** Sets the URL the document came from. */
    public Builder url(String url) {
      this.url = url;
      return this;
    }

    /** Sets the media type ({@code text/html}). */
    public Builder contentType(String contentType) {
      this.contentType = contentType;
      return this;
    }

    /** Sets when the document was fetched; relative dates resolve against it. */
    public Builder fetchedAt(Instant fetchedAt) {
      this.fetchedAt = fetchedAt;
      return this;
    }

    /** Sets the time relative dates resolve against when there is no fetch time. */
    public Builder referenceTime(Instant referenceTime) {
      this.referenceTime = referenceTime;
      return this;
    }

    /**
     * Sets the country the postings are known to be in.
     *
     * @throws IllegalArgumentException when it is not an ISO 3166-1 alpha-2 code
     */
    public Builder countryHint(String countryHint) {
      if (countryHint != null && !CodeValidators.isCountry(countryHint)) {
        throw new IllegalArgumentException(
            "countryHint is not an ISO 3166-1 alpha-2 code: " + countryHint);
      }
      this.countryHint = countryHint;
      return this;
    }

    /** Forces the parser with this name (see {@code SourceRegistry}); null detects. */
    public Builder parser(String parser) {
      this.parser = parser;
      return this;
    }

    /**
     * Sets the input size limit in bytes.
     *
     * @throws IllegalArgumentException when not positive
     */
    public Builder maxBytes(long maxBytes) {
      if (maxBytes <= 0) {
        throw new IllegalArgumentException("maxBytes <= 0: " + maxBytes);
      }
      this.maxBytes = maxBytes;
      return this;
    }

    /** The options. */
    public ParseOptions build() {
      return new ParseOptions(this);
    }
  }
}
