package io.github.jobnorm.cli;

import io.github.jobnorm.model.JobPosting;
import io.github.jobnorm.model.Location;
import io.github.jobnorm.model.PayRange;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The columns of {@code -f csv}, in order: one row per posting. City, region and country are
 * the first location's, the pay columns the first (primary) pay range's; {@code locations} holds
 * every location as written, joined with {@code "; "}; list columns (responsibilities,
 * qualifications, benefits, warnings) hold one entry per line.
 */
enum CsvColumn {
  ID(p -> p.id()),
  SITE(p -> p.source().site()),
  URL(p -> p.source().url()),
  TITLE(JobPosting::title),
  COMPANY(p -> p.company() == null ? null : p.company().name()),
  CITY(p -> first(p, Location::city)),
  REGION(p -> first(p, Location::region)),
  COUNTRY(p -> first(p, Location::country)),
  LOCATIONS(p -> join(p.locations().stream().map(Location::raw).toList(), "; ")),
  WORKPLACE_TYPE(p -> name(p.workplaceType())),
  EMPLOYMENT_TYPE(p -> name(p.employmentType())),
  SENIORITY(p -> name(p.seniority())),
  PAY_MIN(p -> number(pay(p, PayRange::min))),
  PAY_MAX(p -> number(pay(p, PayRange::max))),
  PAY_CURRENCY(p -> pay(p, PayRange::currency)),
  PAY_PERIOD(p -> name(pay(p, PayRange::period))),
  PAY_ANNUAL_MIN(p -> number(pay(p, PayRange::annualMin))),
  PAY_ANNUAL_MAX(p -> number(pay(p, PayRange::annualMax))),
  POSTED_AT(p -> p.postedAt() == null ? null : p.postedAt().toString()),
  RESPONSIBILITIES(p -> join(p.responsibilities(), "\n")),
  QUALIFICATIONS_REQUIRED(p -> join(p.qualifications().required(), "\n")),
  QUALIFICATIONS_PREFERRED(p -> join(p.qualifications().preferred(), "\n")),
  BENEFITS(p -> join(p.benefits(), "\n")),
  DESCRIPTION(JobPosting::description),
  WARNINGS(p -> join(p.warnings(), "\n"));

  private final Function<JobPosting, String> value;

  CsvColumn(Function<JobPosting, String> value) {
    this.value = value;
  }

  /** The column's heading ({@code pay_min}). */
  String heading() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The cell for a posting: empty for unknown, neutralized against formula injection. */
  String cell(JobPosting p) {
    return neutralize(value.apply(p));
  }

  /**
   * A cell a spreadsheet would run as a formula ({@code =}, {@code +}, {@code -}, {@code @},
   * tab, carriage return first) gets a leading apostrophe, which spreadsheets show as text.
   */
  static String neutralize(String cell) {
    if (cell == null || cell.isEmpty()) {
      return "";
    }
    char c = cell.charAt(0);
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r'
        ? "'" + cell : cell;
  }

  private static String first(JobPosting p, Function<Location, String> part) {
    return p.locations().isEmpty() ? null : part.apply(p.locations().get(0));
  }

  private static <T> T pay(JobPosting p, Function<PayRange, T> part) {
    return p.pay().isEmpty() ? null : part.apply(p.pay().get(0));
  }

  private static String name(Enum<?> e) {
    return e == null ? null : e.name();
  }

  private static String number(BigDecimal n) {
    return n == null ? null : n.toPlainString();
  }

  private static String join(List<String> items, String separator) {
    return items.isEmpty() ? null : items.stream().collect(Collectors.joining(separator));
  }
}
