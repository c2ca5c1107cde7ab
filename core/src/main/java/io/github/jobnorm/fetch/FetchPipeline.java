package io.github.jobnorm.fetch;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import okhttp3.HttpUrl;

/**
 * One page's way through the fetcher: robots.txt, the retried request, the redirects (followed
 * here, to count them, refuse non-http(s) targets and catch loops), and the typed result.
 */
final class FetchPipeline {
  private final Retrier retrier;
  private final RobotsCache robots;
  private final String productToken;
  private final boolean obeyRobots;
  private final int maxRedirects;
  private final Timing timing;

  FetchPipeline(
      Retrier retrier,
      RobotsCache robots,
      String productToken,
      boolean obeyRobots,
      int maxRedirects,
      Timing timing) {
    this.retrier = retrier;
    this.robots = robots;
    this.productToken = productToken;
    this.obeyRobots = obeyRobots;
    this.maxRedirects = maxRedirects;
    this.timing = timing;
  }

  FetchResult fetch(String url, boolean conditional) {
    HttpUrl parsed = url == null ? null : HttpUrl.parse(url.strip());
    if (parsed == null) {
      return new FetchResult.Failure(
          String.valueOf(url),
          FetchResult.Reason.INVALID_URL,
          0,
          "not an absolute http or https URL",
          0);
    }
    return fetch(url, parsed, obeyRobots, conditional);
  }

  private FetchResult fetch(
      String requested, HttpUrl start, boolean checkRobots, boolean conditional) {
    Set<HttpUrl> seen = new HashSet<>();
    seen.add(start);
    HttpUrl current = start;
    int requests = 0;
    for (int redirects = 0; ; ) {
      if (checkRobots) {
        RobotsCache.Verdict verdict =
            robots.check(current, productToken, timing, u -> fetch(u.toString(), u, false, false));
        if (!verdict.allowed()) {
          return failure(requested, verdict.reason(), 0, verdict.message(), requests);
        }
      }
      Retrier.Hop hop = retrier.call(current, conditional);
      requests += hop.attempts();
      if (hop.reply() == null) {
        return failure(requested, hop.reason(), hop.statusCode(), hop.message(), requests);
      }
      Retrier.Reply reply = hop.reply();
      int code = reply.code();
      if (isRedirect(code)) {
        String location = reply.headers().get("Location");
        if (location == null) {
          return failure(
              requested,
              FetchResult.Reason.HTTP_STATUS,
              code,
              "HTTP " + code + " without a Location",
              requests);
        }
        HttpUrl next = current.resolve(location);
        String problem = null;
        if (next == null) {
          problem = "redirect to a URL that is not http(s): " + location;
        } else if (!seen.add(next)) {
          problem = "redirect loop: back to " + next;
        } else if (++redirects > maxRedirects) {
          problem = "more than " + maxRedirects + " redirects";
        }
        if (problem != null) {
          return failure(requested, FetchResult.Reason.REDIRECT, code, problem, requests);
        }
        current = next;
        continue;
      }
      if (code == 304 && !conditional) {
        // nothing was remembered to compare with, so there is no page to report unchanged
        return failure(requested, FetchResult.Reason.HTTP_STATUS, code,
            "HTTP 304 to a request that was not conditional", requests);
      }
      if (code == 304) {
        return new FetchResult.NotModified(
            requested,
            current.toString(),
            reply.sent().header("If-None-Match"),
            reply.sent().header("If-Modified-Since"),
            reply.at(),
            requests);
      }
      if (code < 200 || code >= 300) {
        return failure(requested, FetchResult.Reason.HTTP_STATUS, code, "HTTP " + code, requests);
      }
      BodyDecoder.Decoded text = BodyDecoder.decode(reply.body(), reply.type());
      String type =
          reply.type() == null
              ? null
              : (reply.type().type() + "/" + reply.type().subtype()).toLowerCase(Locale.ROOT);
      return new FetchResult.Document(
          requested,
          current.toString(),
          code,
          type,
          text.charset().name(),
          text.text(),
          reply.at(),
          requests);
    }
  }

  private static boolean isRedirect(int code) {
    return code == 301 || code == 302 || code == 303 || code == 307 || code == 308;
  }

  private static FetchResult.Failure failure(
      String url, FetchResult.Reason reason, int code, String message, int requests) {
    return new FetchResult.Failure(url, reason, code, message, requests);
  }
}
