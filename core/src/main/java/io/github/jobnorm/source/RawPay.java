package io.github.jobnorm.source;

import java.math.BigDecimal;

/**
 * Pay as a source's structured fields give it, before interpretation: schema.org {@code
 * baseSalary}, Greenhouse's cents, Lever's {@code salaryRange}.
 *
 * @param min lower bound in major units, or null
 * @param max upper bound in major units, or null
 * @param currency the currency as the source writes it ({@code "USD"}, {@code "$"}), or null
 * @param unit the period as the source writes it ({@code "YEAR"}, {@code "per-hour-wage"}), or null
 * @param text a human-readable rendering of the figures, kept as the range's {@code text}
 */
public record RawPay(
    BigDecimal min, BigDecimal max, String currency, String unit, String text) {}
