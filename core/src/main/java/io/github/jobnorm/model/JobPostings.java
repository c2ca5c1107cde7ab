package io.github.jobnorm.model;

import io.github.jobnorm.internal.PlainMessageInterpolator;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Checks postings against the contract's rules (the Jakarta constraints on the model).
 *
 * <pre>{@code
 * List<Violation> problems = JobPostings.validate(posting);
 * }</pre>
 */
public final class JobPostings {
  private JobPostings() {}

  private static final class Holder {
    // Built on first use: bootstrapping the provider costs a few hundred milliseconds.
    static final Validator VALIDATOR = build();

    private static Validator build() {
      ValidatorFactory factory =
          Validation.byDefaultProvider()
              .configure()
              .messageInterpolator(new PlainMessageInterpolator())
              .buildValidatorFactory();
      return factory.getValidator();
    }
  }

  /** Every violation of the contract in the posting, sorted by path; empty when it is valid. */
  public static List<Violation> validate(JobPosting posting) {
    List<Violation> out = new ArrayList<>();
    for (ConstraintViolation<JobPosting> v : Holder.VALIDATOR.validate(posting)) {
      Object value = v.getInvalidValue();
      boolean leaf = value == null || value instanceof CharSequence || value instanceof Number
          || value instanceof Enum<?>;
      out.add(new Violation(
          v.getPropertyPath().toString(), v.getMessage(), leaf && value != null
              ? String.valueOf(value) : null));
    }
    out.sort(Comparator.comparing(Violation::path).thenComparing(Violation::message));
    return out;
  }

  /**
   * The posting with every part that breaks the contract removed, and a warning for each: a
   * field is set to null, a list entry is dropped. A posting that is valid is returned as it is.
   */
  public static JobPosting repair(JobPosting posting) {
    List<Violation> violations = validate(posting);
    return violations.isEmpty() ? posting : PostingRepair.apply(posting, violations);
  }
}
