package io.github.jobnorm.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** Names the hosting systems the project knows from a URL's host. */
public final class Sites {
  private Sites() {}

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
    String host = host(url);
    return host != null && (host.equals(domain) || host.endsWith("." + domain));
  }

  /**
   * The system's name for hosts of systems the contract names ({@code linkedin}, {@code
   * greenhouse}, {@code lever}, {@code ashby}, {@code workday}); null for other hosts, whose site
   * is their registrable domain, worked out by the normalizer.
   */
  public static String systemName(String url) {
    if (isHost(url, "linkedin.com")) {
      return "linkedin";
    }
    if (isHost(url, "greenhouse.io")) {
      return "greenhouse";
    }
    if (isHost(url, "lever.co")) {
      return "lever";
    }
    if (isHost(url, "ashbyhq.com")) {
      return "ashby";
    }
    if (isHost(url, "myworkdayjobs.com") || isHost(url, "myworkdaysite.com")) {
      return "workday";
    }
    return null;
  }
}
