package io.github.jobnorm.model;

import java.time.LocalDate;
import java.util.List;

/**
 * Assembles a {@link JobPosting} field by field; a record of twenty components is easier to
 * build by name than by position. Not thread-safe.
 *
 * <pre>{@code
 * JobPosting p = JobPosting.builder().id("linkedin:1").source(Source.of(SourceFormat.TEXT))
 *     .title("Engineer").build();
 * }</pre>
 */
public final class JobPostingBuilder {
  private String schemaVersion = JobPosting.SCHEMA_VERSION;
  private String id;
  private Source source;
  private String title;
  private Company company;
  private List<Location> locations = List.of();
  private WorkplaceType workplaceType;
  private EmploymentType employmentType;
  private Seniority seniority;
  private List<PayRange> pay = List.of();
  private YearsRange experienceYears;
  private LocalDate postedAt;
  private LocalDate validThrough;
  private Integer applicants;
  private List<String> responsibilities = List.of();
  private Qualifications qualifications = Qualifications.NONE;
  private List<String> benefits = List.of();
  private List<Section> sections = List.of();
  private String description = "";
  private List<String> warnings = List.of();

  JobPostingBuilder() {}

  JobPostingBuilder(JobPosting p) {
    schemaVersion = p.schemaVersion();
    id = p.id();
    source = p.source();
    title = p.title();
    company = p.company();
    locations = p.locations();
    workplaceType = p.workplaceType();
    employmentType = p.employmentType();
    seniority = p.seniority();
    pay = p.pay();
    experienceYears = p.experienceYears();
    postedAt = p.postedAt();
    validThrough = p.validThrough();
    applicants = p.applicants();
    responsibilities = p.responsibilities();
    qualifications = p.qualifications();
    benefits = p.benefits();
    sections = p.sections();
    description = p.description();
    warnings = p.warnings();
  }

  /** Sets {@code id}. */
  public JobPostingBuilder id(String id) {
    this.id = id;
    return this;
  }

  /** Sets {@code source}. */
  public JobPostingBuilder source(Source source) {
    this.source = source;
    return this;
  }

  /** Sets {@code title}. */
  public JobPostingBuilder title(String title) {
    this.title = title;
    return this;
  }

  /** Sets {@code company}. */
  public JobPostingBuilder company(Company company) {
    this.company = company;
    return this;
  }

  /** Sets {@code locations}. */
  public JobPostingBuilder locations(List<Location> locations) {
    this.locations = locations;
    return this;
  }

  /** Sets {@code workplaceType}. */
  public JobPostingBuilder workplaceType(WorkplaceType workplaceType) {
    this.workplaceType = workplaceType;
    return this;
  }

  /** Sets {@code employmentType}. */
  public JobPostingBuilder employmentType(EmploymentType employmentType) {
    this.employmentType = employmentType;
    return this;
  }

  /** Sets {@code seniority}. */
  public JobPostingBuilder seniority(Seniority seniority) {
    this.seniority = seniority;
    return this;
  }

  /** Sets {@code pay}. */
  public JobPostingBuilder pay(List<PayRange> pay) {
    this.pay = pay;
    return this;
  }

  /** Sets {@code experienceYears}. */
  public JobPostingBuilder experienceYears(YearsRange experienceYears) {
    this.experienceYears = experienceYears;
    return this;
  }

  /** Sets {@code postedAt}. */
  public JobPostingBuilder postedAt(LocalDate postedAt) {
    this.postedAt = postedAt;
    return this;
  }

  /** Sets {@code validThrough}. */
  public JobPostingBuilder validThrough(LocalDate validThrough) {
    this.validThrough = validThrough;
    return this;
  }

  /** Sets {@code applicants}. */
  public JobPostingBuilder applicants(Integer applicants) {
    this.applicants = applicants;
    return this;
  }

  /** Sets {@code responsibilities}. */
  public JobPostingBuilder responsibilities(List<String> responsibilities) {
    this.responsibilities = responsibilities;
    return this;
  }

  /** Sets {@code qualifications}. */
  public JobPostingBuilder qualifications(Qualifications qualifications) {
    this.qualifications = qualifications;
    return this;
  }

  /** Sets {@code benefits}. */
  public JobPostingBuilder benefits(List<String> benefits) {
    this.benefits = benefits;
    return this;
  }

  /** Sets {@code sections}. */
  public JobPostingBuilder sections(List<Section> sections) {
    this.sections = sections;
    return this;
  }

  /** Sets {@code description}. */
  public JobPostingBuilder description(String description) {
    this.description = description;
    return this;
  }

  /** Sets {@code warnings}. */
  public JobPostingBuilder warnings(List<String> warnings) {
    this.warnings = warnings;
    return this;
  }

  /** The posting with the values set so far. */
  public JobPosting build() {
    return new JobPosting(
        schemaVersion, id, source, title, company, locations, workplaceType, employmentType,
        seniority, pay, experienceYears, postedAt, validThrough, applicants, responsibilities,
        qualifications, benefits, sections, description, warnings);
  }
}
