package io.github.jobnorm.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import okhttp3.HttpUrl;

/**
 * The site of a URL: the name of a hosting system the contract names ({@code linkedin}, {@code
 * greenhouse}, {@code lever}, {@code ashby}, {@code workday}), else the registrable domain of its
 * host, else the host. The one place that decides it.
 */
public final class Sites {
  private Sites() {}

  /**
   * The site of a URL ({@code https://boards.greenhouse.io/acme/jobs/1} gives {@code greenhouse},
   * {@code https://careers.sap.de/job/1} gives {@code sap.de}), or null when it has no host.
   * An IP address or a single-label host ({@code localhost}) has no registrable domain and is its
   * own site.
   */
  public static String site(String url) {
    if (url == null || url.isBlank()) {
      return null;
    }
    HttpUrl http = HttpUrl.parse(url.strip());
    // OkHttp reads only http(s) URLs; others still name a host.
    String host = http != null ? http.host() : host(url);
    if (host == null) {
      return null;
    }
    String system = system(host);
    if (system != null) {
      return system;
    }
    // The public suffix list knows that co.uk is a suffix and sap.de a domain.
    String domain = http == null ? null : http.topPrivateDomain();
    return domain != null ? domain : host;
  }

  /** The lower-cased host of a URL, or null. */
  public static String host(String url) {
    if (url == null || url.isBlank()) {
      return null;
    }
    try {
      String host = new URI(url.strip()).getHost();
      return host == null ? null : host.toLowerCase(Locale.ROOT);
    } catch (URISyntaxException e) {
      return null;
    }
  }

  /** Whether the URL's host is {@code domain} or one of its subdomains. */
  public static boolean isHost(String url, String domain) {
    return within(host(url), domain);
  }

  /** Whether a lower-case host is {@code domain} or one of its subdomains; false for null. */
  public static boolean within(String host, String domain) {
    return host != null && (host.equals(domain) || host.endsWith("." + domain));
  }

  private static String system(String host) {
    if (within(host, "linkedin.com")) {
      return "linkedin";
    }
    if (within(host, "greenhouse.io")) {
      return "greenhouse";
    }
    if (within(host, "lever.co")) {
      return "lever";
    }
    if (within(host, "ashbyhq.com")) {
      return "ashby";
    }
    if (within(host, "myworkdayjobs.com") || within(host, "myworkdaysite.com")) {
      return "workday";
    }
    return null;
  }
}
