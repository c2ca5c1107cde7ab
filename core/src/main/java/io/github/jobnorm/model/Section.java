package io.github.jobnorm.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.List;

/**
 * One headed part of a description.
 *
 * @param heading the heading as written; null for text before the first heading
 * @param kind what the section is about
 * @param text the section's plain text
 * @param items its list items, when it has a list
 */
@JsonPropertyOrder({"heading", "kind", "text", "items"})
public record Section(
    @Pattern(regexp = ".*\\S.*", message = "must not be blank") String heading,
    @NotNull SectionKind kind,
    @NotNull String text,
    List<@NotBlank String> items) {

  /** A null list becomes empty; the list is copied and unmodifiable. */
  public Section {
    items = Lists.copy(items);
  }
}
