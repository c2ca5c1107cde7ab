package io.github.jobnorm.testing;

import io.github.jobnorm.model.Company;
import io.github.jobnorm.model.EmploymentType;
import io.github.jobnorm.model.JobPosting;
import io.github.jobnorm.model.Location;
import io.github.jobnorm.model.PayKind;
import io.github.jobnorm.model.PayPeriod;
import io.github.jobnorm.model.PayRange;
import io.github.jobnorm.model.Qualifications;
import io.github.jobnorm.model.Section;
import io.github.jobnorm.model.SectionKind;
import io.github.jobnorm.model.Seniority;
import io.github.jobnorm.model.Source;
import io.github.jobnorm.model.SourceFormat;
import io.github.jobnorm.model.WorkplaceType;
import io.github.jobnorm.model.YearsRange;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Postings built by hand for tests that need every field set. */
public final class Postings {
  private Postings() {}

  /** A valid posting with every field of the contract set. */
  public static JobPosting full() {
    return JobPosting.builder()
        .id("linkedin:4104804862")
        .source(new Source("linkedin", "https://www.linkedin.com/jobs/view/4104804862",
            "4104804862", SourceFormat.HTML, Instant.parse("2026-11-24T16:05:33Z")))
        .title("Research Scientist Intern")
        .company(new Company("Toyota Research Institute", "https://www.tri.global/"))
        .locations(List.of(new Location("Los Altos, CA", "Los Altos", "CA", "US", false),
            new Location("Remote - US", null, null, "US", true)))
        .workplaceType(WorkplaceType.HYBRID)
        .employmentType(EmploymentType.INTERNSHIP)
        .seniority(Seniority.INTERNSHIP)
        .pay(List.of(
            PayRange.of(new BigDecimal("45.00"), new BigDecimal("65"), "USD", PayPeriod.HOUR,
                "California-based roles", PayKind.BASE, "between $45 and $65/hour"),
            PayRange.of(new BigDecimal("27.5"), null, "EUR", PayPeriod.HOUR, null,
                PayKind.OTE, "from €27.50 an hour")))
        .experienceYears(new YearsRange(new BigDecimal("3"), null))
        .postedAt(LocalDate.of(2026, 11, 10))
        .validThrough(LocalDate.of(2026, 12, 31))
        .applicants(57)
        .responsibilities(List.of("Train models.", "Publish results."))
        .qualifications(new Qualifications(List.of("PhD student."), List.of("Python is a plus.")))
        .benefits(List.of("Paid time off"))
        .sections(List.of(new Section(null, SectionKind.ABOUT_COMPANY, "We build robots.",
                List.of()),
            new Section("Responsibilities", SectionKind.RESPONSIBILITIES,
                "- Train models.\n- Publish results.", List.of("Train models.",
                    "Publish results."))))
        .description("We build robots.\n\nResponsibilities\n\n- Train models.\n- Publish results.")
        .warnings(List.of("title inferred from body text"))
        .build();
  }
}
