package io.github.jobnorm.normalize;

import io.github.jobnorm.source.LinkedInUrls;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;

/** Canonical posting URLs: LinkedIn's view URL, or the URL without tracking parameters. */
final class SourceUrls {
  private static final Set<String> TRACKING =
      Set.of("trk", "trackingid", "refid", "gclid", "fbclid", "msclkid", "mc_cid", "mc_eid",
          "gh_src", "lever-source", "lever-origin", "source", "src", "ref", "position",
          "pagenum");

  private SourceUrls() {}

  /** The canonical form of a posting URL, or null when it is not an absolute http(s) URL. */
  static String canonical(String url) {
    if (url == null || url.isBlank()) {
      return null;
    }
    var linkedIn = LinkedInUrls.canonicalUrl(url);
    if (linkedIn.isPresent()) {
      return linkedIn.get();
    }
    try {
      URI uri = new URI(url.strip());
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
        return null;
      }
      String query = uri.getRawQuery();
      StringBuilder kept = new StringBuilder();
      if (query != null) {
        for (String param : query.split("&")) {
          int eq = param.indexOf('=');
          String name = (eq >= 0 ? param.substring(0, eq) : param).toLowerCase(Locale.ROOT);
          if (!name.isEmpty() && !name.startsWith("utm_") && !TRACKING.contains(name)) {
            kept.append(kept.length() == 0 ? "" : "&").append(param);
          }
        }
      }
      return new URI(scheme, uri.getRawAuthority(), null, null, null).toString()
          + (uri.getRawPath() == null ? "" : uri.getRawPath())
          + (kept.length() == 0 ? "" : "?" + kept);
    } catch (URISyntaxException e) {
      return null;
    }
  }
}
