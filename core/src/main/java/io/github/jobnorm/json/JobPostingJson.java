package io.github.jobnorm.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.github.jobnorm.internal.JsonLimits;
import io.github.jobnorm.model.JobPosting;
import java.io.UncheckedIOException;

/**
 * Reads and writes the contract JSON: fields in the contract's order, enum names as they are,
 * {@code null} for unknown, numbers as plain JSON numbers ({@code 45}, {@code 27.5}), dates as
 * {@code YYYY-MM-DD} and instants as {@code 2026-11-24T16:05:33Z}.
 *
 * <pre>{@code
 * String json = JobPostingJson.write(posting);           // one line
 * JobPosting back = JobPostingJson.read(json);            // equal to posting
 * }</pre>
 *
 * <p>Reading ignores fields this version does not know, so that files written by a later minor
 * version (which may only add fields) still read.
 */
public final class JobPostingJson {
  private static final ObjectMapper MAPPER =
      JsonLimits.jsonMapper()
          .addModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
          .build();
  private static final ObjectWriter COMPACT = MAPPER.writerFor(JobPosting.class);
  private static final ObjectWriter PRETTY =
      MAPPER.writerFor(JobPosting.class).with(prettyPrinter());
  private static final ObjectReader READER = MAPPER.readerFor(JobPosting.class);

  private JobPostingJson() {}

  /** The shared mapper configured for the contract; do not reconfigure it. */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /** A pretty printer that writes {@code "key": value} and indents arrays like objects. */
  public static DefaultPrettyPrinter prettyPrinter() {
    DefaultPrettyPrinter printer =
        new DefaultPrettyPrinter()
            .withSeparators(
                Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                    .withArrayEmptySeparator("")
                    .withObjectEmptySeparator(""));
    printer.indentArraysWith(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE);
    return printer;
  }

  /** The posting as one line of JSON. */
  public static String write(JobPosting posting) {
    return write(posting, false);
  }

  /** The posting as JSON, indented when {@code pretty}. */
  public static String write(JobPosting posting, boolean pretty) {
    try {
      return (pretty ? PRETTY : COMPACT).writeValueAsString(posting);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("cannot write posting " + posting.id(), e);
    }
  }

  /**
   * A posting from its JSON.
   *
   * @throws JsonProcessingException when the text is not JSON or not of the contract's shape
   */
  public static JobPosting read(String json) throws JsonProcessingException {
    return READER.readValue(json);
  }
}
