package io.github.jobnorm.fetch;

import io.github.jobnorm.model.EmploymentType;
import io.github.jobnorm.model.Seniority;
import io.github.jobnorm.model.WorkplaceType;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A LinkedIn guest job search: what {@code linkedin.com/jobs/search} filters on, in the contract's
 * own terms. Null or empty means "no filter".
 *
 * @param keywords the search words, or null
 * @param location a place as LinkedIn's location box takes it ("Berlin, Germany"), or null
 * @param geoId LinkedIn's id of a place, more exact than {@code location}, or null
 * @param postedWithin only postings at most this old (LinkedIn counts in seconds), or null
 * @param workplaceTypes on-site, hybrid, remote
 * @param employmentTypes full-time, contract...; {@code PER_DIEM} has no LinkedIn filter
 * @param seniorities LinkedIn's experience levels
 * @param companyIds LinkedIn's numeric company ids
 * @param limit the most postings to return, at most LinkedIn's cap of about 1,000
 * @param details whether to fetch each posting's detail page (one request each) for the
 *     description and criteria the cards lack
 */
public record LinkedInQuery(
    String keywords,
    String location,
    String geoId,
    Duration postedWithin,
    Set<WorkplaceType> workplaceTypes,
    Set<EmploymentType> employmentTypes,
    Set<Seniority> seniorities,
    List<String> companyIds,
    int limit,
    boolean details) {

  /** Checks the filters LinkedIn cannot express and copies the collections. */
  public LinkedInQuery {
    workplaceTypes = Set.copyOf(workplaceTypes == null ? Set.of() : workplaceTypes);
    employmentTypes = Set.copyOf(employmentTypes == null ? Set.of() : employmentTypes);
    seniorities = Set.copyOf(seniorities == null ? Set.of() : seniorities);
    companyIds = List.copyOf(companyIds == null ? List.of() : companyIds);
    if (employmentTypes.contains(EmploymentType.PER_DIEM)) {
      throw new IllegalArgumentException("LinkedIn has no per-diem filter");
    }
    for (String id : companyIds) {
      if (!id.matches("[0-9]{1,19}")) {
        throw new IllegalArgumentException("a LinkedIn company id is a number: " + id);
      }
    }
    if (postedWithin != null && (postedWithin.isNegative() || postedWithin.toSeconds() < 1)) {
      throw new IllegalArgumentException("postedWithin must be at least a second: " + postedWithin);
    }
    if (limit < 1) {
      throw new IllegalArgumentException("limit < 1: " + limit);
    }
    if (geoId != null && !geoId.matches("[0-9]{1,19}")) {
      throw new IllegalArgumentException("a LinkedIn geoId is a number: " + geoId);
    }
  }

  /** A builder for a search with these keywords (null for none). */
  public static Builder keywords(String keywords) {
    return new Builder().keywords(keywords);
  }

  /** Assembles a {@link LinkedInQuery}; the limit defaults to LinkedIn's cap. Not thread-safe. */
  public static final class Builder {
    private String keywords;
    private String location;
    private String geoId;
    private Duration postedWithin;
    private final Set<WorkplaceType> workplaceTypes = EnumSet.noneOf(WorkplaceType.class);
    private final Set<EmploymentType> employmentTypes = EnumSet.noneOf(EmploymentType.class);
    private final Set<Seniority> seniorities = EnumSet.noneOf(Seniority.class);
    private List<String> companyIds = List.of();
    private int limit = LinkedInSearch.RESULT_CAP;
    private boolean details;

    private Builder() {}

    /** Sets the search words. */
    public Builder keywords(String keywords) {
      this.keywords = keywords;
      return this;
    }

    /** Sets the place as written. */
    public Builder location(String location) {
      this.location = location;
      return this;
    }

    /** Sets LinkedIn's place id. */
    public Builder geoId(String geoId) {
      this.geoId = geoId;
      return this;
    }

    /** Only postings at most this old. */
    public Builder postedWithin(Duration age) {
      this.postedWithin = age;
      return this;
    }

    /** Adds workplace types to the filter. */
    public Builder workplace(WorkplaceType... types) {
      workplaceTypes.addAll(List.of(types));
      return this;
    }

    /** Adds employment types to the filter. */
    public Builder employment(EmploymentType... types) {
      employmentTypes.addAll(List.of(types));
      return this;
    }

    /** Adds experience levels to the filter. */
    public Builder seniority(Seniority... levels) {
      seniorities.addAll(List.of(levels));
      return this;
    }

    /** Sets the company ids. */
    public Builder companyIds(List<String> ids) {
      this.companyIds = Objects.requireNonNull(ids, "ids == null");
      return this;
    }

    /** Sets the most postings to return. */
    public Builder limit(int limit) {
      this.limit = limit;
      return this;
    }

    /** Whether to fetch each posting's detail page. */
    public Builder details(boolean details) {
      this.details = details;
      return this;
    }

    /** The query. */
    public LinkedInQuery build() {
      return new LinkedInQuery(
          keywords,
          location,
          geoId,
          postedWithin,
          workplaceTypes,
          employmentTypes,
          seniorities,
          companyIds,
          limit,
          details);
    }
  }
}
