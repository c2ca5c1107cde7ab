package io.github.jobnorm.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.github.victools.jsonschema.module.jackson.JacksonModule;
import com.github.victools.jsonschema.module.jackson.JacksonOption;
import com.github.victools.jsonschema.module.jakarta.validation.JakartaValidationModule;
import com.github.victools.jsonschema.module.jakarta.validation.JakartaValidationOption;
import io.github.jobnorm.model.JobPosting;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;

/**
 * The JSON Schema (draft 2020-12) of the contract JSON, generated from the model records, their
 * Jackson annotations (field order) and their Jakarta constraints (required fields, patterns,
 * bounds), so that it cannot drift from the code. Every field is present; fields without {@code
 * @NotNull} may be null; lists are never null.
 *
 * <pre>{@code
 * String schema = JobPostingSchema.json();
 * }</pre>
 */
public final class JobPostingSchema {
  /** The schema's {@code $id}. */
  public static final String ID =
      "https://github.com/jobnorm/jobnorm/blob/main/docs/jobposting.schema.json";

  private JobPostingSchema() {}

  /** The schema as a JSON tree. */
  public static ObjectNode generate() {
    SchemaGeneratorConfigBuilder config = new SchemaGeneratorConfigBuilder(
        JobPostingJson.mapper(), SchemaVersion.DRAFT_2020_12, OptionPreset.PLAIN_JSON)
        .with(new JacksonModule(JacksonOption.RESPECT_JSONPROPERTY_ORDER,
            JacksonOption.RESPECT_JSONPROPERTY_REQUIRED))
        .with(new JakartaValidationModule(JakartaValidationOption.NOT_NULLABLE_FIELD_IS_REQUIRED,
            JakartaValidationOption.INCLUDE_PATTERN_EXPRESSIONS))
        .with(Option.NULLABLE_FIELDS_BY_DEFAULT);
    // Lists are [] when empty, never null; every field is written, null or not.
    config.forFields()
        .withNullableCheck(f -> f.getType().isInstanceOf(Collection.class) ? Boolean.FALSE : null)
        .withRequiredCheck(f -> true);
    config.forTypesInGeneral().withStringFormatResolver(scope -> {
      Class<?> type = scope.getType().getErasedType();
      return type == LocalDate.class ? "date" : type == Instant.class ? "date-time" : null;
    });
    ObjectNode schema = new SchemaGenerator(config.build()).generateSchema(JobPosting.class);
    ObjectNode out = JobPostingJson.mapper().createObjectNode();
    out.put("$schema", SchemaVersion.DRAFT_2020_12.getIdentifier());
    out.put("$id", ID);
    out.put("title", "JobPosting");
    out.put("description", "One job posting normalized by jobnorm (contract schema version "
        + JobPosting.SCHEMA_VERSION + ").");
    schema.remove("$schema");
    out.setAll(schema);
    anchorPatterns(out);
    return out;
  }

  /** Jakarta patterns match the whole value; JSON Schema patterns match anywhere unless anchored. */
  private static void anchorPatterns(JsonNode node) {
    if (node instanceof ObjectNode object) {
      JsonNode pattern = object.get("pattern");
      if (pattern != null && pattern.isTextual()) {
        object.put("pattern", "^(?:" + pattern.asText() + ")$");
      }
    }
    for (JsonNode child : node) {
      anchorPatterns(child);
    }
  }

  /** The schema as indented JSON, ending with a newline: the text of the shipped file. */
  public static String json() {
    try {
      return JobPostingJson.mapper().writer(JobPostingJson.prettyPrinter())
          .writeValueAsString(generate()) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("cannot write the schema", e);
    }
  }
}
