package io.github.jobnorm.source;

import io.github.jobnorm.internal.Sites;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads LinkedIn job ids out of every URL shape LinkedIn uses and gives the canonical posting URL.
 *
 * <pre>{@code
 * LinkedInUrls.jobId("https://www.linkedin.com/jobs/view/research-scientist-intern-at-toyota-4104804862?trk=x")
 * // Optional[4104804862]
 * LinkedInUrls.canonical("4104804862")  // https://www.linkedin.com/jobs/view/4104804862
 * }</pre>
 */
public final class LinkedInUrls {
  private static final String LINKEDIN = "linkedin.com";
  private static final String VIEW = "https://www.linkedin.com/jobs/view/";
  private static final int MIN_ID_DIGITS = 6;
  private static final int MAX_ID_DIGITS = 19;

  private LinkedInUrls() {}

  /** The canonical URL of a job id. */
  public static String canonical(String jobId) {
    return VIEW + jobId;
  }

  /** Whether the URL's host is LinkedIn's. */
  public static boolean isLinkedIn(String url) {
    return Sites.isHost(url, LINKEDIN);
  }

  /**
   * The job id in a LinkedIn job URL: {@code /jobs/view/ID}, {@code /jobs/view/slug-ID}, {@code
   * /jobs-guest/jobs/api/jobPosting/ID}, or a {@code currentJobId=ID} query parameter; empty for
   * other URLs.
   */
  public static Optional<String> jobId(String url) {
    URI uri = uri(url);
    if (uri == null || uri.getHost() == null
        || !Sites.within(uri.getHost().toLowerCase(Locale.ROOT), LINKEDIN)) {
      return Optional.empty();
    }
    String query = uri.getRawQuery();
    if (query != null) {
      for (String param : query.split("&")) {
        int eq = param.indexOf('=');
        if (eq > 0 && param.substring(0, eq).equals("currentJobId")) {
          String id = param.substring(eq + 1);
          if (isId(id)) {
            return Optional.of(id);
          }
        }
      }
    }
    String path = uri.getRawPath() == null ? "" : uri.getRawPath();
    for (String prefix : new String[] {"/jobs/view/", "/jobs-guest/jobs/api/jobPosting/"}) {
      int at = path.indexOf(prefix);
      if (at >= 0) {
        String rest = path.substring(at + prefix.length());
        int slash = rest.indexOf('/');
        String segment = slash >= 0 ? rest.substring(0, slash) : rest;
        String id = trailingDigits(segment);
        if (isId(id)) {
          return Optional.of(id);
        }
      }
    }
    return Optional.empty();
  }

  /** The canonical URL for a LinkedIn job URL of any shape, or empty for other URLs. */
  public static Optional<String> canonicalUrl(String url) {
    return jobId(url).map(LinkedInUrls::canonical);
  }

  private static String trailingDigits(String segment) {
    int i = segment.length();
    while (i > 0 && Character.isDigit(segment.charAt(i - 1))) {
      i--;
    }
    boolean whole = i == 0;
    boolean afterDash = i > 0 && segment.charAt(i - 1) == '-';
    return whole || afterDash ? segment.substring(i) : "";
  }

  private static boolean isId(String s) {
    if (s.length() < MIN_ID_DIGITS || s.length() > MAX_ID_DIGITS) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  private static URI uri(String url) {
    if (url == null) {
      return null;
    }
    try {
      return new URI(url.strip());
    } catch (URISyntaxException e) {
      return null;
    }
  }
}
