package io.github.jobnorm.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.jobnorm.model.constraint.CountryCode;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/**
 * One place a job may be done from, or a remote scope.
 *
 * @param raw the location words as written
 * @param city the city, when known
 * @param region ISO 3166-2 subdivision code without the country prefix ({@code CA}), else the
 *     region's name as written
 * @param country ISO 3166-1 alpha-2 code
 * @param remote true when this entry is a remote scope ("Remote - US") rather than a place
 */
@JsonPropertyOrder({"raw", "city", "region", "country", "remote"})
public record Location(
    @NotBlank String raw,
    @Pattern(regexp = ".*\\S.*", message = "must not be blank") String city,
    @Pattern(regexp = ".*\\S.*", message = "must not be blank") String region,
    @CountryCode String country,
    boolean remote) {

  /** A location of which only the words are known. */
  public static Location unresolved(String raw) {
    return new Location(raw, null, null, null, false);
  }
}
