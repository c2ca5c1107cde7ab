package io.github.jobnorm.source.table;

import io.github.jobnorm.internal.Figures;
import io.github.jobnorm.internal.Markup;
import io.github.jobnorm.model.SourceFormat;
import io.github.jobnorm.source.DescriptionFormat;
import io.github.jobnorm.source.LinkedInUrls;
import io.github.jobnorm.source.RawPay;
import io.github.jobnorm.source.RawPosting;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One table row's cells to a {@link RawPosting}: structured columns go to structured fields as
 * the table words them; nothing is interpreted beyond reading numbers, flags and epoch times.
 */
final class RowMapping {
  /**
   * A cell that is a plain number, as an epoch time is written; bounded repetition keeps a long
   * cell's match linear.
   */
  private static final Pattern NUMBER = Pattern.compile("-?\\d{1,30}(?:\\.\\d{1,30})?");
  private static final Pattern WHOLE_FLOAT = Pattern.compile("(\\d{1,30})\\.0{1,30}");
  private static final Map<String, String> JOBSPY_PREFIXES = loadPrefixes();

  private RowMapping() {}

  static RawPosting toRaw(TableHeader h, List<String> row) {
    RawPosting.Builder b = RawPosting.builder(SourceFormat.CSV_ROW);
    String url = h.cell(row, TableField.URL);
    String site = h.cell(row, TableField.SITE);
    boolean linkedIn = url != null && LinkedInUrls.isLinkedIn(url);
    if (site == null && linkedIn) {
      site = "linkedin";
    }
    b.site(site == null ? null : site.toLowerCase(Locale.ROOT));
    String id = jobId(h.cell(row, TableField.ID), site);
    b.jobId(id != null || !linkedIn ? id : LinkedInUrls.jobId(url).orElse(null));
    b.url(url);
    b.title(h.cell(row, TableField.TITLE));
    b.company(h.cell(row, TableField.COMPANY));
    b.companyUrl(h.cell(row, TableField.COMPANY_URL));
    b.location(h.cell(row, TableField.LOCATION));
    String remote = h.cell(row, TableField.REMOTE);
    Boolean flag = flag(remote);
    b.remote(flag);
    String workplace = h.cell(row, TableField.WORKPLACE_TYPE);
    b.workplaceType(workplace != null || flag != null ? workplace : remote);
    String description = h.cell(row, TableField.DESCRIPTION);
    if (description != null) {
      b.description(description, Markup.looksLikeMarkup(description) ? DescriptionFormat.HTML
          : DescriptionFormat.TEXT);
    }
    b.payText(h.cell(row, TableField.SALARY));
    pay(h, row, b);
    String types = h.cell(row, TableField.EMPLOYMENT_TYPE);
    if (types != null) {
      for (String label : types.split(",")) {
        b.employmentType(label);
      }
    }
    b.seniority(h.cell(row, TableField.SENIORITY));
    b.postedAt(date(h.cell(row, TableField.POSTED_AT)));
    b.validThrough(date(h.cell(row, TableField.VALID_THROUGH)));
    b.applicants(whole(h.cell(row, TableField.APPLICANTS)));
    return b.build();
  }

  /** The site's own id: a spreadsheet's {@code 123.0} is {@code 123}, JobSpy's prefix goes. */
  static String jobId(String id, String site) {
    if (id == null) {
      return null;
    }
    String v = whole(id);
    int dash = v.indexOf('-');
    if (site != null && dash > 0
        && site.equalsIgnoreCase(JOBSPY_PREFIXES.get(v.substring(0, dash)))
        && dash + 1 < v.length()) {
      return v.substring(dash + 1);
    }
    return v;
  }

  /** {@code 5.0} is {@code 5}: pandas writes integer columns with gaps as floats. */
  static String whole(String cell) {
    if (cell == null) {
      return null;
    }
    var m = WHOLE_FLOAT.matcher(cell);
    return m.matches() ? m.group(1) : cell;
  }

  static Boolean flag(String cell) {
    if (cell == null) {
      return null;
    }
    switch (cell.toLowerCase(Locale.ROOT)) {
      case "true", "t", "yes", "y", "1", "1.0":
        return Boolean.TRUE;
      case "false", "f", "no", "n", "0", "0.0":
        return Boolean.FALSE;
      default:
        return null;
    }
  }

  /**
   * An ISO date for epoch milliseconds (Kaggle's {@code listed_time}) or seconds, read in UTC;
   * anything else as written.
   */
  static String date(String cell) {
    if (cell == null || !NUMBER.matcher(cell).matches()) {
      return cell;
    }
    BigDecimal n = new BigDecimal(cell);
    long value = n.longValue();
    Instant at;
    if (value >= 100_000_000_000L && value < 10_000_000_000_000L) {
      at = Instant.ofEpochMilli(value);
    } else if (value >= 100_000_000L && value < 100_000_000_000L) {
      at = Instant.ofEpochSecond(value);
    } else {
      return cell;
    }
    return at.atZone(ZoneOffset.UTC).toLocalDate().toString();
  }

  private static void pay(TableHeader h, List<String> row, RawPosting.Builder b) {
    String min = h.cell(row, TableField.PAY_MIN);
    String max = h.cell(row, TableField.PAY_MAX);
    String median = h.cell(row, TableField.PAY_MEDIAN);
    String currency = h.cell(row, TableField.PAY_CURRENCY);
    String period = h.cell(row, TableField.PAY_PERIOD);
    if (min == null && max == null) {
      min = median;
      max = median;
    }
    if (min == null && max == null) {
      return;
    }
    String text = (min == null ? "" : min) + (max == null || max.equals(min) ? "" : "-" + max)
        + (currency == null ? "" : " " + currency) + (period == null ? "" : " " + period);
    BigDecimal lo = Figures.decimal(min);
    BigDecimal hi = Figures.decimal(max);
    if ((min != null && lo == null) || (max != null && hi == null)) {
      b.payText(text.strip());
      return;
    }
    b.pay(new RawPay(lo, hi, currency, period, text.strip()));
  }

  private static Map<String, String> loadPrefixes() {
    Map<String, String> out = new HashMap<>();
    try (InputStream in = RowMapping.class.getResourceAsStream("jobspy-id-prefixes.txt");
        BufferedReader r = new BufferedReader(new InputStreamReader(
            Objects.requireNonNull(in, "jobspy-id-prefixes.txt missing"),
            StandardCharsets.UTF_8))) {
      for (String line; (line = r.readLine()) != null; ) {
        if (!line.isBlank() && !line.startsWith("#")) {
          String[] parts = line.strip().split("\\s+");
          out.put(parts[0], parts[1]);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read jobspy-id-prefixes.txt", e);
    }
    return Map.copyOf(out);
  }
}
