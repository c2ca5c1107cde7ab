package io.github.jobnorm.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.github.jobnorm.model.PayPeriod;
import io.github.jobnorm.model.PayRange;
import io.github.jobnorm.testing.Corpus;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Pay read from the descriptions of the Kaggle LinkedIn postings against the pay LinkedIn lists
 * for them ({@code min_salary}/{@code max_salary}, or {@code med_salary}, with {@code pay_period}).
 *
 * <p>A posting <em>states the labelled pay</em> when its description contains a dollar sign
 * followed (after at most one space) by the labelled minimum, or the median when there is no
 * minimum, in one of its usual spellings ({@code 140,000}, {@code 140000}, {@code 140,000.00},
 * {@code 140000.00}, {@code 140k}/{@code 140K} for whole thousands, {@code 18.5}/{@code 18.50}),
 * and, when the label has a different maximum, that maximum too, in one of those spellings, with or
 * without a dollar sign, within 40 characters after the minimum ({@code $18-24}, {@code $18.00 to
 * $24.00 per hour}). Postings whose label the description does not state are
 * not counted: their pay is not in the text, or not the pay that is labelled.
 *
 * <p>Some postings state several ranges (a hiring range, then the full range; a yearly and an
 * hourly one) and LinkedIn labels one that is not the first. Where another dollar range ({@code $A
 * - $B}, {@code $A to $B}) comes before the labelled one, the first range cannot be the label
 * however well the text is read, so those postings are counted and printed apart, and the
 * assertion is on the postings where the labelled range is the first dollar range stated.
 *
 * <p>For every counted posting, the first range found must carry the labelled figures and period.
 * LinkedIn writes an open range ("starting at $35/hour") as a single figure, so a range with no
 * maximum whose minimum is a single-figure label also counts as right.
 */
class KaggleCorpusPayTest {

  private static final String FILE = "kaggle-linkedin-postings-koriralex/postings_head1000.csv";

  @Test
  void firstRangeMatchesTheLabelWhereTheDescriptionStatesIt() throws IOException {
    Path file = Corpus.file(FILE);
    int first = 0;
    int later = 0;
    List<String> failures = new ArrayList<>();
    List<String> laterFailures = new ArrayList<>();
    for (Map<String, String> row : rows(file)) {
      Label label = Label.of(row);
      Stated stated = label == null ? Stated.NO : label.statedIn(row.get("description"));
      if (stated == Stated.NO) {
        continue;
      }
      List<PayMatch> found = PayParser.findAll(row.get("description"), PayContext.forCountry("US"));
      boolean right = !found.isEmpty() && label.matches(found.get(0).range());
      String got = found.isEmpty() ? "nothing" : describe(found.get(0).range());
      String line = row.get("job_id") + ": label " + label + ", got " + got;
      if (stated == Stated.FIRST) {
        first++;
        if (!right) {
          failures.add(line);
        }
      } else {
        later++;
        if (!right) {
          laterFailures.add(line);
        }
      }
    }
    double accuracy = 1.0 - (double) failures.size() / first;
    System.out.printf(
        Locale.ROOT,
        "Kaggle pay: %d postings state their labelled range first; %d read right (%.3f)%n",
        first,
        first - failures.size(),
        accuracy);
    failures.forEach(f -> System.out.println("  " + f));
    System.out.printf(
        Locale.ROOT,
        "Kaggle pay: %d more state it after another range; first range is the label in %d%n",
        later,
        later - laterFailures.size());
    laterFailures.forEach(f -> System.out.println("  " + f));
    assertThat(first).isGreaterThan(100);
    assertThat(accuracy).isGreaterThanOrEqualTo(0.97);
  }

  /** Whether a description states the labelled pay, and whether another range comes before. */
  enum Stated {
    NO,
    FIRST,
    LATER
  }

  private static final Pattern DOLLAR_RANGE =
      Pattern.compile("\\$ ?\\d[\\d,.]*[kK]?\\s*(?:/\\w+\\s*)?(?:-|\u2013|\u2014|to)\\s*\\$?\\d");

  private static String describe(PayRange r) {
    return r.min() + "-" + r.max() + " " + r.currency() + " " + r.period() + " [" + r.text() + "]";
  }

  static List<Map<String, String>> rows(Path file) throws IOException {
    CsvMapper mapper = new CsvMapper();
    CsvSchema schema = CsvSchema.emptySchema().withHeader();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        MappingIterator<Map<String, String>> it =
            mapper.readerForMapOf(String.class).with(schema).readValues(reader)) {
      return it.readAll();
    }
  }

  /** LinkedIn's pay label of one posting. */
  record Label(BigDecimal min, BigDecimal max, PayPeriod period) {

    static Label of(Map<String, String> row) {
      PayPeriod period =
          switch (row.getOrDefault("pay_period", "")) {
            case "HOURLY" -> PayPeriod.HOUR;
            case "DAILY" -> PayPeriod.DAY;
            case "WEEKLY" -> PayPeriod.WEEK;
            case "MONTHLY" -> PayPeriod.MONTH;
            case "YEARLY" -> PayPeriod.YEAR;
            default -> null;
          };
      BigDecimal min = number(row.get("min_salary"));
      BigDecimal max = number(row.get("max_salary"));
      BigDecimal med = number(row.get("med_salary"));
      if (period == null || (min == null && med == null)) {
        return null;
      }
      return min != null ? new Label(min, max, period) : new Label(med, med, period);
    }

    Stated statedIn(String description) {
      if (description == null) {
        return Stated.NO;
      }
      boolean single = max == null || max.compareTo(min) == 0;
      for (String lo : spellings(min)) {
        Matcher m = figure("\\$ ?" + Pattern.quote(lo)).matcher(description);
        while (m.find()) {
          String after = description.substring(m.end(), Math.min(description.length(), m.end() + 40));
          boolean maxFollows = false;
          for (String hi : spellings(max == null ? min : max)) {
            maxFollows |= figure(Pattern.quote(hi)).matcher(after).find();
          }
          if (single || maxFollows) {
            boolean rangeBefore = DOLLAR_RANGE.matcher(description.substring(0, m.start())).find();
            return rangeBefore ? Stated.LATER : Stated.FIRST;
          }
        }
      }
      return Stated.NO;
    }

    /** A figure not running on into more digits ("$18" is not in "$180"). */
    private static Pattern figure(String regex) {
      return Pattern.compile("(?<![\\d.,])" + regex + "(?![\\d]|[.,]\\d)");
    }

    boolean matches(PayRange r) {
      if (r.max() == null && max != null && max.compareTo(min) == 0) {
        return r.period() == period && r.min() != null && r.min().compareTo(min) == 0;
      }
      return r.period() == period
          && "USD".equals(r.currency())
          && r.min() != null
          && r.min().compareTo(min) == 0
          && (max == null ? r.max() == null : r.max() != null && r.max().compareTo(max) == 0);
    }

    @Override
    public String toString() {
      return min.stripTrailingZeros().toPlainString()
          + "-"
          + (max == null ? "null" : max.stripTrailingZeros().toPlainString())
          + " "
          + period;
    }

    private static List<String> spellings(BigDecimal v) {
      List<String> out = new ArrayList<>();
      DecimalFormatSymbols us = DecimalFormatSymbols.getInstance(Locale.US);
      for (String pattern : new String[] {"#,##0", "0", "#,##0.00", "0.00", "#,##0.0#", "0.0#"}) {
        String s = new DecimalFormat(pattern, us).format(v);
        if (new BigDecimal(s.replace(",", "")).compareTo(v) == 0) {
          out.add(s);
        }
      }
      if (v.remainder(BigDecimal.valueOf(1000)).signum() == 0 && v.signum() > 0) {
        String k = v.divide(BigDecimal.valueOf(1000)).toPlainString();
        out.add(k + "k");
        out.add(k + "K");
      }
      return out;
    }

    private static BigDecimal number(String s) {
      return s == null || s.isBlank() ? null : new BigDecimal(s.strip());
    }
  }
}
