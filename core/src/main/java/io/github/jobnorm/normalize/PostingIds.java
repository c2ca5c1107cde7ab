package io.github.jobnorm.normalize;

import io.github.jobnorm.internal.Sites;
import io.github.jobnorm.model.Source;
import io.github.jobnorm.source.RawPosting;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** The posting's {@code source} and its stable {@code id}. */
final class PostingIds {
  private static final Pattern SITE = Pattern.compile(Source.SITE_PATTERN);
  /** Longer than any site name: a longer cell is a stray value of a table. */
  private static final int MAX_SITE_LENGTH = 100;

  private PostingIds() {}

  static Source source(RawPosting raw) {
    String url = SourceUrls.canonical(raw.url());
    String site = site(raw.site());
    if (site == null && url != null) {
      site = siteOf(url);
    }
    return new Source(site, url, raw.jobId(), raw.format(), seconds(raw.fetchedAt()));
  }

  /**
   * A site name as the contract writes it (lower case, no spaces: {@code "linkedin"}, {@code
   * "example.com"}); a URL given as the site gives its site; anything else (a stray cell of a table)
   * is no site.
   */
  static String site(String given) {
    if (given == null) {
      return null;
    }
    String t = given.strip().toLowerCase(Locale.ROOT);
    if (t.contains("://")) {
      String url = SourceUrls.canonical(t);
      return url == null ? null : siteOf(url);
    }
    // JobSpy writes "zip_recruiter"; the contract's site names have no underscores.
    t = t.replace('_', '-');
    return t.length() <= MAX_SITE_LENGTH && SITE.matcher(t).matches() ? t : null;
  }

  /** The site of a canonical URL, when it is a name the contract allows. */
  private static String siteOf(String url) {
    String site = Sites.site(url);
    // An IPv6 literal ("[::1]") is a host but no site name the contract allows.
    return site != null && SITE.matcher(site).matches() ? site : null;
  }

  /**
   * {@code site:jobId} when both are known; otherwise {@code sha256:} and the first 16 hex digits
   * of the hash of the normalized description, or, for a posting with no description, of its
   * title, company and locations, so that two empty descriptions do not share an id.
   */
  static String id(
      Source source, String description, String title, String company, List<String> locations) {
    if (source.site() != null && source.jobId() != null) {
      return source.site() + ":" + source.jobId().replaceAll("\\s+", "");
    }
    String basis = !description.isBlank() ? description
        : String.join("\n", title == null ? "" : title, company == null ? "" : company,
            String.join("; ", locations), source.url() == null ? "" : source.url());
    return "sha256:" + sha256(basis).substring(0, 16);
  }

  /** Truncates to whole seconds, the precision the contract writes instants in. */
  private static Instant seconds(Instant instant) {
    return instant == null ? null : instant.truncatedTo(ChronoUnit.SECONDS);
  }

  private static String sha256(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JDK", e);
    }
  }
}
