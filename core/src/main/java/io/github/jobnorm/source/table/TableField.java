package io.github.jobnorm.source.table;

import java.util.Locale;

/**
 * The fields a table column can fill. Each has a lower-case name ({@code pay_min}), used in the
 * column rules and in overrides such as {@code title=Job Title}.
 */
public enum TableField {
  /** The source's own id of the posting. */
  ID,
  /** The site or system the row came from ({@code linkedin}, {@code indeed}). */
  SITE,
  /** The posting's URL. */
  URL,
  /** The job title. */
  TITLE,
  /** The company name. */
  COMPANY,
  /** The company's page or site. */
  COMPANY_URL,
  /** The location as written. */
  LOCATION,
  /** A remote flag ({@code True}, {@code 1.0}). */
  REMOTE,
  /** The description, as text or HTML. */
  DESCRIPTION,
  /** Pay as display text ({@code "$45-$65 an hour"}). */
  SALARY,
  /** The lower pay figure. */
  PAY_MIN,
  /** The upper pay figure. */
  PAY_MAX,
  /** A single middle pay figure, used when there is no minimum or maximum. */
  PAY_MEDIAN,
  /** The pay currency. */
  PAY_CURRENCY,
  /** The pay period as written ({@code yearly}, {@code HOURLY}). */
  PAY_PERIOD,
  /** Employment-type labels, comma separated ({@code fulltime, contract}). */
  EMPLOYMENT_TYPE,
  /** The seniority label ({@code Mid-Senior level}). */
  SENIORITY,
  /** The workplace label ({@code Hybrid}). */
  WORKPLACE_TYPE,
  /** The posting date: ISO, as written, or epoch milliseconds. */
  POSTED_AT,
  /** The deadline: ISO, as written, or epoch milliseconds. */
  VALID_THROUGH,
  /** The applicant count. */
  APPLICANTS;

  /** The lower-case name used in rules and overrides ({@code pay_min}). */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The field with this name, case-insensitive.
   *
   * @throws IllegalArgumentException naming the known fields when there is none
   */
  public static TableField byKey(String key) {
    for (TableField f : values()) {
      if (f.key().equalsIgnoreCase(key.strip())) {
        return f;
      }
    }
    StringBuilder known = new StringBuilder();
    for (TableField f : values()) {
      known.append(known.length() == 0 ? "" : ", ").append(f.key());
    }
    throw new IllegalArgumentException("unknown field '" + key.strip() + "'; known: " + known);
  }
}
