package io.github.jobnorm.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;

/**
 * A range of years of experience; "3+ years" is {@code min 3, max null}.
 *
 * @param min lower bound, or null
 * @param max upper bound, or null
 */
@JsonPropertyOrder({"min", "max"})
public record YearsRange(@PositiveOrZero BigDecimal min, @PositiveOrZero BigDecimal max) {

  /** Canonicalizes the numbers ({@code 3.0} becomes {@code 3}). */
  public YearsRange {
    min = Amounts.normalize(min);
    max = Amounts.normalize(max);
  }

  /** True when the bounds are in order or one of them is missing. */
  @JsonIgnore
  @AssertTrue(message = "min must not exceed max")
  public boolean isOrdered() {
    return min == null || max == null || min.compareTo(max) <= 0;
  }
}
