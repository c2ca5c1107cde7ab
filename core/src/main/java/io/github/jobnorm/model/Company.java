package io.github.jobnorm.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.jobnorm.model.constraint.HttpUrl;
import jakarta.validation.constraints.NotBlank;

/**
 * The hiring organization.
 *
 * @param name the name as the posting gives it
 * @param url the company's page on the source, or its site
 */
@JsonPropertyOrder({"name", "url"})
public record Company(@NotBlank String name, @HttpUrl String url) {}
