package io.github.jobnorm.store;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A run file ({@code jobnorm.yaml}): the sources an aggregator run reads, how politely, and
 * where it keeps its state and writes its events. Read with {@link #read}; unknown keys and bad
 * values are rejected with their line and column.
 *
 * <pre>{@code
 * sources:
 *   - greenhouse: northwindlabs
 *   - lever: brightpath
 *     rate: 2
 *   - linkedin: {keywords: data engineer, location: "Berlin, Germany", postedWithin: 1d}
 *     name: berlin-data
 * politeness: {contact: "mailto:jobs@example.com"}
 * output: {events: events.jsonl}
 * }</pre>
 *
 * @param sources the sources, at least one, with unique names
 * @param politeness how politely to fetch
 * @param output where the store and the events are
 */
public record RunFile(List<SourceSpec> sources, Politeness politeness, OutputSettings output) {
  private static final ObjectReader READER =
      YAMLMapper.builder()
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
          .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
          .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
          .build()
          .readerFor(RunFile.class);

  /** Requires sources with unique names; fills in the default settings. */
  public RunFile {
    if (sources == null || sources.isEmpty()) {
      throw new IllegalArgumentException("sources is missing or empty");
    }
    if (sources.contains(null)) {
      throw new IllegalArgumentException("sources has an empty entry");
    }
    sources = List.copyOf(sources);
    SourceSpec.uniqueNames(sources);
    politeness = politeness == null ? Politeness.DEFAULTS : politeness;
    output = output == null ? OutputSettings.DEFAULTS : output;
  }

  /**
   * Reads a run file.
   *
   * @throws RunFileException when it cannot be read or is not a valid run file
   */
  public static RunFile read(Path file) throws RunFileException {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new RunFileException(file.toString(), 0, 0, "cannot read: " + e.getMessage(), e);
    }
    return parse(text, file.toString());
  }

  /**
   * Reads a run file's text; {@code name} names it in messages.
   *
   * @throws RunFileException when it is not a valid run file
   */
  public static RunFile parse(String yaml, String name) throws RunFileException {
    if (yaml.isBlank()) {
      throw new RunFileException(name, 0, 0, "the run file is empty", null);
    }
    try {
      return READER.readValue(yaml);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      if (e instanceof JsonMappingException m && !(m.getCause() instanceof JsonProcessingException)) {
        JsonLocation exact = YamlLocator.locate(yaml, m.getPath());
        at = exact != null ? exact : at;
      }
      int line = at == null ? 0 : Math.max(at.getLineNr(), 0);
      int column = at == null ? 0 : Math.max(at.getColumnNr(), 0);
      throw new RunFileException(name, line, column, describe(e), e);
    }
  }

  /** Where the store is: the {@code store} setting, else {@code NAME.db} beside the run file. */
  public Path storePath(Path runFile) {
    return beside(runFile, output.store(), ".db");
  }

  /**
   * Where events go: the {@code events} setting, else {@code NAME.events.jsonl} beside the run
   * file; null for standard output.
   */
  public Path eventsPath(Path runFile) {
    if ("-".equals(output.events())) {
      return null;
    }
    return beside(runFile, output.events(), ".events.jsonl");
  }

  private static Path beside(Path runFile, String setting, String suffix) {
    Path dir = runFile.toAbsolutePath().getParent();
    if (setting != null) {
      return dir.resolve(setting).normalize();
    }
    String base = runFile.getFileName().toString();
    int dot = base.lastIndexOf('.');
    return dir.resolve((dot > 0 ? base.substring(0, dot) : base) + suffix);
  }

  /** Jackson's message without its Java class names and source excerpt. */
  private static String describe(JsonProcessingException e) {
    String path = e instanceof JsonMappingException m ? path(m) : "";
    if (e instanceof UnrecognizedPropertyException u) {
      String known = u.getKnownPropertyIds() == null ? "" : u.getKnownPropertyIds().stream()
          .map(Object::toString).sorted().collect(Collectors.joining(", "));
      return "unknown key '" + u.getPropertyName() + "'" + (path.isEmpty() ? "" : " in " + path)
          + (known.isEmpty() ? "" : "; expected one of: " + known);
    }
    if (e instanceof ValueInstantiationException v && v.getCause() != null) {
      return (path.isEmpty() ? "" : path + ": ") + v.getCause().getMessage();
    }
    if (e instanceof InvalidFormatException f) {
      String expected = f.getTargetType() == null ? "another value" : expected(f.getTargetType());
      return "bad value '" + f.getValue() + "'" + (path.isEmpty() ? "" : " for " + path)
          + ": expected " + expected;
    }
    if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
      return "wrong kind of value" + (path.isEmpty() ? "" : " for " + path) + ": expected "
          + expected(m.getTargetType());
    }
    return e.getOriginalMessage();
  }

  private static String expected(Class<?> type) {
    if (type.isEnum()) {
      return "one of " + java.util.Arrays.toString(type.getEnumConstants());
    }
    if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
      return "a number";
    }
    if (type == Boolean.class) {
      return "true or false";
    }
    if (List.class.isAssignableFrom(type)) {
      return "a list";
    }
    return type == String.class ? "text" : "a mapping of " + type.getSimpleName() + " keys";
  }

  private static String path(JsonMappingException m) {
    StringBuilder b = new StringBuilder();
    for (JsonMappingException.Reference r : m.getPath()) {
      if (r.getFieldName() != null) {
        b.append(b.length() == 0 ? "" : ".").append(r.getFieldName());
      } else if (r.getIndex() >= 0) {
        b.append('[').append(r.getIndex()).append(']');
      }
    }
    return b.toString();
  }
}
