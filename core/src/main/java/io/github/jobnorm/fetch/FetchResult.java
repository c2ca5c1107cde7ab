package io.github.jobnorm.fetch;

import io.github.jobnorm.ParseOptions;
import io.github.jobnorm.source.InputDocument;
import java.time.Instant;
import java.util.Objects;

/**
 * What one fetch gave: a {@link Document}, a {@link NotModified} answer to a conditional request,
 * or a {@link Failure} with a typed reason. A fetch never throws for a network fault; every
 * outcome is one of these.
 *
 * <p>{@link #attempts()} counts the HTTP requests sent for the page: every retry and every
 * redirect hop, not the {@code robots.txt} lookup.
 */
public sealed interface FetchResult
    permits FetchResult.Document, FetchResult.NotModified, FetchResult.Failure {

  /** The URL that was asked for. */
  String url();

  /** How many HTTP requests were sent for this page. */
  int attempts();

  /** Whether this is a document. */
  default boolean isDocument() {
    return this instanceof Document;
  }

  /**
   * A page that was fetched.
   *
   * @param url the URL asked for
   * @param finalUrl the URL after redirects
   * @param status the HTTP status, 2xx
   * @param contentType the media type without parameters, lower case, or null when not sent
   * @param charset the name of the charset the body was decoded with
   * @param body the decoded body text
   * @param fetchedAt when the response arrived
   * @param attempts how many HTTP requests were sent
   */
  record Document(
      String url,
      String finalUrl,
      int status,
      String contentType,
      String charset,
      String body,
      Instant fetchedAt,
      int attempts)
      implements FetchResult {

    /** Checks that the required parts are there. */
    public Document {
      Objects.requireNonNull(url, "url == null");
      Objects.requireNonNull(finalUrl, "finalUrl == null");
      Objects.requireNonNull(charset, "charset == null");
      Objects.requireNonNull(body, "body == null");
      Objects.requireNonNull(fetchedAt, "fetchedAt == null");
    }

    /** The page as input for the source parsers, named and located by its final URL. */
    public InputDocument toInputDocument() {
      return new InputDocument(body, finalUrl, finalUrl, contentType, fetchedAt);
    }

    /**
     * The options to parse the body with through {@code JobNorm.parse}: {@code base} with the
     * page named by the URL asked for (as its failures are reported), located by its final URL,
     * and its media type and fetch time.
     */
    public ParseOptions parseOptions(ParseOptions base) {
      return base.newBuilder().inputName(url).url(finalUrl).contentType(contentType)
          .fetchedAt(fetchedAt).build();
    }
  }

  /**
   * The server answered 304 to a conditional request: the page is unchanged since the validators
   * were remembered.
   *
   * @param url the URL asked for
   * @param finalUrl the URL after redirects
   * @param etag the entity tag that was sent, or null
   * @param lastModified the {@code Last-Modified} date that was sent, or null
   * @param fetchedAt when the answer arrived
   * @param attempts how many HTTP requests were sent
   */
  record NotModified(
      String url,
      String finalUrl,
      String etag,
      String lastModified,
      Instant fetchedAt,
      int attempts)
      implements FetchResult {

    /** Checks that the required parts are there. */
    public NotModified {
      Objects.requireNonNull(url, "url == null");
      Objects.requireNonNull(finalUrl, "finalUrl == null");
      Objects.requireNonNull(fetchedAt, "fetchedAt == null");
    }
  }

  /**
   * A page that could not be fetched.
   *
   * @param url the URL asked for
   * @param reason the typed reason
   * @param statusCode the HTTP status for {@link Reason#HTTP_STATUS} (and the blocking status when
   *     one was seen), else 0
   * @param message what went wrong, for a person
   * @param attempts how many HTTP requests were sent (0 when none was, as for robots.txt)
   */
  record Failure(String url, Reason reason, int statusCode, String message, int attempts)
      implements FetchResult {

    /** Checks that the required parts are there. */
    public Failure {
      Objects.requireNonNull(url, "url == null");
      Objects.requireNonNull(reason, "reason == null");
      Objects.requireNonNull(message, "message == null");
    }

    /** {@code reason: message}, as commands and listings report a failure after its URL. */
    public String describe() {
      return reason + ": " + message;
    }
  }

  /** Why a fetch failed. */
  enum Reason {
    /** A connect, read or call timeout, on the last attempt. */
    TIMEOUT,
    /** The server answered with a status that is not a success; see the status code. */
    HTTP_STATUS,
    /**
     * The site refused us: LinkedIn's status 999, a redirect to a sign-in, auth-wall or checkpoint
     * page, or a host still backed off after such a refusal.
     */
    BLOCKED,
    /** The site's robots.txt disallows the path for our user agent. */
    ROBOTS_DISALLOWED,
    /** The body, after decompression, is larger than the limit. */
    TOO_LARGE,
    /** The connection failed: unknown host, refused, reset, TLS, or an interrupted wait. */
    NETWORK,
    /** A redirect that cannot be followed: more than the limit, a loop, or not http(s). */
    REDIRECT,
    /** The URL is not an absolute http or https URL. */
    INVALID_URL
  }
}
