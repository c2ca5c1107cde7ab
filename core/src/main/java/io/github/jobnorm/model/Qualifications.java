package io.github.jobnorm.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.constraints.NotBlank;
import java.util.List;

/**
 * What the candidate must or should have. Each qualification is in exactly one list.
 *
 * @param required must-haves, and every qualification not marked optional
 * @param preferred nice-to-haves
 */
@JsonPropertyOrder({"required", "preferred"})
public record Qualifications(List<@NotBlank String> required, List<@NotBlank String> preferred) {

  /** No qualifications. */
  public static final Qualifications NONE = new Qualifications(List.of(), List.of());

  /** Null lists become empty; lists are copied and unmodifiable. */
  public Qualifications {
    required = Lists.copy(required);
    preferred = Lists.copy(preferred);
  }
}
