package io.github.jobnorm.bench;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.github.jobnorm.JobNorm;
import io.github.jobnorm.ParseOptions;
import io.github.jobnorm.ParseResult;
import io.github.jobnorm.fixtures.Corpus;
import io.github.jobnorm.fixtures.FixtureCase;
import io.github.jobnorm.fixtures.Fixtures;
import io.github.jobnorm.source.table.TableColumns;
import io.github.jobnorm.source.table.TableFormat;
import io.github.jobnorm.source.table.TableReader;
import io.github.jobnorm.source.table.TableRow;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The inputs the benchmarks read, one per input kind. Each comes from the fixtures jar when the
 * fixture is there, else from a file named by a system property (by default a file of the shared
 * corpus); a kind with neither is absent and its benchmarks are skipped.
 */
public enum Input {
  /** The project's reference posting, LinkedIn-style text. */
  TEXT("reference text posting", "bench.text", null),
  /** One row of the Kaggle LinkedIn postings dataset; its text is the row's description. */
  KAGGLE("Kaggle row", "bench.kaggle",
      "kaggle-linkedin-postings-koriralex/postings_head1000.csv"),
  /** The LinkedIn guest job page of Heidi's Senior Software Engineer posting. */
  LINKEDIN("LinkedIn guest page (Heidi)", "bench.linkedin", "dinie-coverletterer/linkedin_job.html"),
  /** An Indeed job page carrying schema.org JSON-LD. */
  JSONLD("Indeed JSON-LD page", "bench.jsonld", "dinie-coverletterer/indeed_job.html"),
  /** A Greenhouse job board API job. */
  GREENHOUSE("Greenhouse job JSON", "bench.greenhouse", null);

  /** The Kaggle row used by default: fused headings, bullets run together, pay in the text. */
  static final String KAGGLE_DEFAULT_ID = "1829192";

  private final String label;
  private final String property;
  private final String corpusFile;

  Input(String label, String property, String corpusFile) {
    this.label = label;
    this.property = property;
    this.corpusFile = corpusFile;
  }

  /** The name printed in the results table. */
  public String label() {
    return label;
  }

  /** The system property that names a file to read this input from. */
  public String property() {
    return property;
  }

  /** The input's text, or empty when neither the fixture nor the file is there. */
  public Optional<String> text() {
    Optional<FixtureCase> fixture = fixture();
    if (fixture.isPresent()) {
      return Optional.of(fixture.get().text());
    }
    Optional<Path> file = file();
    if (file.isEmpty()) {
      return Optional.empty();
    }
    return this == KAGGLE
        ? kaggleRow(file.get()).map(row -> row.get("description"))
        : Optional.of(read(file.get()));
  }

  /** Where the text comes from, or why it is absent, for the table's notes. */
  public String origin() {
    Optional<FixtureCase> fixture = fixture();
    if (fixture.isPresent()) {
      return "fixture " + fixture.get().path();
    }
    Optional<Path> file = file();
    if (file.isPresent()) {
      return this == KAGGLE
          ? file.get() + " row job_id=" + kaggleId()
          : file.get().toString();
    }
    return "absent: no fixture, and -D" + property + "=FILE not given"
        + (corpusFile == null ? "" : " and no corpus file " + corpusFile);
  }

  private Optional<FixtureCase> fixture() {
    if (System.getProperty(property) != null) {
      return Optional.empty();
    }
    return switch (this) {
      case TEXT -> find(c -> c.source().equals("linkedin") && c.name().equals("linkedin-4104804862"));
      case LINKEDIN -> find(c -> c.source().equals("linkedin") && c.extension().equals("html")
          && c.name().toLowerCase(Locale.ROOT).contains("heidi"));
      case JSONLD -> find(c -> c.source().equals("jsonld") && c.extension().equals("html")
          && c.name().toLowerCase(Locale.ROOT).contains("indeed"));
      case GREENHOUSE -> find(c -> c.source().equals("greenhouse") && c.extension().equals("json"));
      case KAGGLE -> Optional.empty();
    };
  }

  private static Optional<FixtureCase> find(Predicate<FixtureCase> which) {
    return Fixtures.all().stream().filter(which).findFirst();
  }

  private Optional<Path> file() {
    String explicit = System.getProperty(property);
    if (explicit != null && !explicit.isBlank()) {
      Path p = Path.of(explicit);
      return Files.isRegularFile(p) ? Optional.of(p) : Optional.empty();
    }
    if (corpusFile == null) {
      return Optional.empty();
    }
    return corpusDir().map(d -> d.resolve(corpusFile)).filter(Files::isRegularFile);
  }

  /** The shared corpus, found as the corpus tests find it. */
  static Optional<Path> corpusDir() {
    return Optional.ofNullable(Corpus.dirOrNull());
  }

  private static String kaggleId() {
    return System.getProperty("bench.kaggle.id", KAGGLE_DEFAULT_ID);
  }

  /**
   * The Kaggle row as the table reader gives it, ready for {@code JobNorm.parse(TableRow, ...)},
   * when the corpus file is present.
   */
  static Optional<TableRow> kaggleTableRow() {
    Optional<Path> csv = KAGGLE.file();
    if (csv.isEmpty()) {
      return Optional.empty();
    }
    String id = kaggleId();
    try (TableReader rows = JobNorm.readTable(Files.newInputStream(csv.get()), TableFormat.CSV,
        TableColumns.standard(), csv.get().toString())) {
      while (rows.hasNext()) {
        TableRow row = rows.next();
        if (row.raw() != null && id.equals(row.raw().jobId())) {
          return Optional.of(row);
        }
      }
      return Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + csv.get(), e);
    }
  }

  /** One parse of the input the way its benchmark parses it, for the table's "parse gives". */
  Optional<ParseResult> parseOnce() {
    if (this == KAGGLE) {
      return kaggleTableRow().map(row -> JobNorm.parse(row, ParseOptions.defaults()));
    }
    return text().map(JobNorm::parse);
  }

  /** The whole Kaggle row the {@link #KAGGLE} input is the description of, when present. */
  static Optional<Map<String, String>> kaggleRow() {
    return KAGGLE.file().flatMap(Input::kaggleRow);
  }

  private static Optional<Map<String, String>> kaggleRow(Path csv) {
    String id = kaggleId();
    CsvMapper mapper = new CsvMapper();
    try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
        MappingIterator<Map<String, String>> rows = mapper.readerForMapOf(String.class)
            .with(CsvSchema.emptySchema().withHeader())
            .readValues(in)) {
      while (rows.hasNext()) {
        Map<String, String> row = rows.next();
        if (id.equals(row.get("job_id"))) {
          return Optional.of(row);
        }
      }
      return Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + csv, e);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }
}
