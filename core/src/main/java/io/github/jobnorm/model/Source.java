package io.github.jobnorm.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.jobnorm.model.constraint.HttpUrl;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Instant;

/**
 * Where a posting came from.
 *
 * @param site lower-case site or system ({@code linkedin}, {@code greenhouse}) or the page's
 *     registrable domain; null when unknown
 * @param url canonical URL of the posting, tracking parameters removed
 * @param jobId the source's own id
 * @param format what was parsed
 * @param fetchedAt when it was fetched, if it was
 */
@JsonPropertyOrder({"site", "url", "jobId", "format", "fetchedAt"})
public record Source(
    @Pattern(regexp = Source.SITE_PATTERN, message = "must be a lower-case site name") String site,
    @HttpUrl String url,
    @Pattern(regexp = ".*\\S.*", message = "must not be blank") String jobId,
    @NotNull SourceFormat format,
    Instant fetchedAt) {

  /**
   * What a {@code site} may be: lower-case letters, digits, dots and hyphens, starting with a
   * letter or digit. Shared with the normalizer so that a site it accepts is one the contract
   * accepts.
   */
  public static final String SITE_PATTERN = "[a-z0-9][a-z0-9.-]*";

  /** A source known only by its format. */
  public static Source of(SourceFormat format) {
    return new Source(null, null, null, format, null);
  }
}
