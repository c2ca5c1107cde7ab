package io.github.jobnorm.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.LocalDate;
import java.util.List;

/**
 * One job posting, normalized: the record behind the JobPosting contract (schema version 1).
 *
 * <p>Unknown values are null, unknown lists are empty. The compact constructor only canonicalizes
 * (lists copied and never null, {@code schemaVersion} defaulted); the content rules (ISO codes,
 * {@code min <= max}, absolute URLs) are Jakarta constraints, checked by {@code
 * JobPostings.validate}, so that a posting read from a file can be constructed and then reported
 * on rather than rejected.
 *
 * @param schemaVersion always {@value #SCHEMA_VERSION}
 * @param id {@code site:jobId}, or {@code sha256:} and 16 hex digits of the description's hash
 * @param source where the posting came from
 * @param title the job title as the employer names it
 * @param company the hiring organization
 * @param locations every place the job may be done from, in posting order
 * @param workplaceType on-site, hybrid or remote
 * @param employmentType the kind of contract
 * @param seniority LinkedIn's level
 * @param pay every pay range stated, in posting order; the first is the primary one
 * @param experienceYears required years of experience
 * @param postedAt when the posting was published
 * @param validThrough application deadline
 * @param applicants applicant count shown by the source
 * @param responsibilities one entry per duty
 * @param qualifications required and preferred qualifications
 * @param benefits one entry per benefit
 * @param sections the description split into headed sections
 * @param description the description as plain text
 * @param warnings what the parser noticed and could not settle
 */
@JsonPropertyOrder({
  "schemaVersion", "id", "source", "title", "company", "locations", "workplaceType",
  "employmentType", "seniority", "pay", "experienceYears", "postedAt", "validThrough",
  "applicants", "responsibilities", "qualifications", "benefits", "sections", "description",
  "warnings"
})
public record JobPosting(
    @NotNull @Pattern(regexp = SCHEMA_VERSION) String schemaVersion,
    @NotBlank @Pattern(regexp = "\\S+", message = "must not contain white space") String id,
    @NotNull @Valid Source source,
    @Pattern(regexp = ".*\\S.*", message = "must not be blank") String title,
    @Valid Company company,
    List<@NotNull @Valid Location> locations,
    WorkplaceType workplaceType,
    EmploymentType employmentType,
    Seniority seniority,
    List<@NotNull @Valid PayRange> pay,
    @Valid YearsRange experienceYears,
    LocalDate postedAt,
    LocalDate validThrough,
    @PositiveOrZero Integer applicants,
    List<@NotBlank String> responsibilities,
    @NotNull @Valid Qualifications qualifications,
    List<@NotBlank String> benefits,
    List<@NotNull @Valid Section> sections,
    @NotNull String description,
    List<@NotBlank String> warnings) {

  /** The contract version this record implements. */
  public static final String SCHEMA_VERSION = "1";

  /** Canonicalizes: null lists become empty, lists are copied, a null schema version is "1". */
  public JobPosting {
    schemaVersion = schemaVersion == null ? SCHEMA_VERSION : schemaVersion;
    locations = Lists.copy(locations);
    pay = Lists.copy(pay);
    responsibilities = Lists.copy(responsibilities);
    qualifications = qualifications == null ? Qualifications.NONE : qualifications;
    benefits = Lists.copy(benefits);
    sections = Lists.copy(sections);
    description = description == null ? "" : description;
    warnings = Lists.copy(warnings);
  }

  /** A builder for a posting; every field starts unknown. */
  public static JobPostingBuilder builder() {
    return new JobPostingBuilder();
  }

  /** A builder holding this posting's values, to make a changed copy. */
  public JobPostingBuilder toBuilder() {
    return new JobPostingBuilder(this);
  }
}
