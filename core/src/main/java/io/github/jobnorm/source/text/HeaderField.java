package io.github.jobnorm.source.text;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The header lines a text posting may start with ("Title: ...", "Location: ..."). */
enum HeaderField {
  TITLE,
  COMPANY,
  LOCATION,
  URL,
  POSTED,
  EMPLOYMENT_TYPE,
  SENIORITY,
  WORKPLACE_TYPE,
  PAY;

  private static final Map<String, HeaderField> NAMES = Map.ofEntries(
      Map.entry("title", TITLE),
      Map.entry("job title", TITLE),
      Map.entry("position", TITLE),
      Map.entry("company", COMPANY),
      Map.entry("company name", COMPANY),
      Map.entry("employer", COMPANY),
      Map.entry("location", LOCATION),
      Map.entry("locations", LOCATION),
      Map.entry("link", URL),
      Map.entry("url", URL),
      Map.entry("job url", URL),
      Map.entry("posted", POSTED),
      Map.entry("date posted", POSTED),
      Map.entry("posted on", POSTED),
      Map.entry("employment type", EMPLOYMENT_TYPE),
      Map.entry("job type", EMPLOYMENT_TYPE),
      Map.entry("seniority level", SENIORITY),
      Map.entry("seniority", SENIORITY),
      Map.entry("experience level", SENIORITY),
      Map.entry("workplace type", WORKPLACE_TYPE),
      Map.entry("work type", WORKPLACE_TYPE),
      Map.entry("workplace", WORKPLACE_TYPE),
      Map.entry("salary", PAY),
      Map.entry("pay", PAY),
      Map.entry("compensation", PAY));

  /** A header line's field and value, or empty when the line is not a header. */
  static Optional<Map.Entry<HeaderField, String>> read(String line) {
    int colon = line.indexOf(':');
    if (colon <= 0 || colon > 20) {
      return Optional.empty();
    }
    String name = line.substring(0, colon).strip().replaceAll("^[*_]+|[*_]+$", "")
        .toLowerCase(Locale.ROOT);
    HeaderField field = NAMES.get(name);
    String value = line.substring(colon + 1).strip().replaceAll("^[*_]+\\s*", "");
    if (field == null || value.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(Map.entry(field, value));
  }
}
