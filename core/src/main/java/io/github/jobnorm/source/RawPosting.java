package io.github.jobnorm.source;

import io.github.jobnorm.internal.Markup;
import io.github.jobnorm.model.SourceFormat;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a source found in a document, before interpretation: strings as the source words them
 * and structured numbers with their units. The {@code Normalizer} turns it into a {@code
 * JobPosting}. All strings are as found (trimmed); null means the source did not have it.
 *
 * @param site lower-case site or system ({@code linkedin}), or null
 * @param jobId the source's own id, or null
 * @param url the posting's URL as found (canonicalized later), or null
 * @param format what kind of document it came from
 * @param fetchedAt when the document was fetched, or null
 * @param title the title as found
 * @param company the company name as found
 * @param companyUrl the company's page or site
 * @param locations location strings, in order
 * @param remote a structured remote flag (JSON-LD {@code TELECOMMUTE}, ATS {@code isRemote})
 * @param description the description, as text or HTML per {@code descriptionFormat}
 * @param descriptionFormat how to read the description
 * @param payTexts pay as display strings ("$155,000.00/yr - $160,000.00/yr")
 * @param pay pay as structured figures
 * @param employmentTypes employment-type labels ("Full-time", "FULL_TIME", "Internship")
 * @param seniority the seniority label ("Mid-Senior level")
 * @param workplaceType the workplace label ("Hybrid", "On-site")
 * @param postedAt the posting date as written ("2024-11-05", "2 weeks ago")
 * @param validThrough the deadline as written
 * @param applicants the applicant count as written ("Over 200 applicants")
 * @param warnings what the source noticed while reading
 */
public record RawPosting(
    String site,
    String jobId,
    String url,
    SourceFormat format,
    Instant fetchedAt,
    String title,
    String company,
    String companyUrl,
    List<String> locations,
    Boolean remote,
    String description,
    DescriptionFormat descriptionFormat,
    List<String> payTexts,
    List<RawPay> pay,
    List<String> employmentTypes,
    String seniority,
    String workplaceType,
    String postedAt,
    String validThrough,
    String applicants,
    List<String> warnings) {

  /** Requires a format; lists are copied and never null; a missing description is empty text. */
  public RawPosting {
    Objects.requireNonNull(format, "format == null");
    locations = List.copyOf(locations == null ? List.of() : locations);
    payTexts = List.copyOf(payTexts == null ? List.of() : payTexts);
    pay = List.copyOf(pay == null ? List.of() : pay);
    employmentTypes = List.copyOf(employmentTypes == null ? List.of() : employmentTypes);
    warnings = List.copyOf(warnings == null ? List.of() : warnings);
    description = description == null ? "" : description;
    descriptionFormat = descriptionFormat == null ? DescriptionFormat.TEXT : descriptionFormat;
  }

  /** A builder for a raw posting of the given format. */
  public static Builder builder(SourceFormat format) {
    return new Builder(format);
  }

  /** Assembles a {@link RawPosting} as a parser finds its pieces. Not thread-safe. */
  public static final class Builder {
    private final SourceFormat format;
    private String site;
    private String jobId;
    private String url;
    private Instant fetchedAt;
    private String title;
    private String company;
    private String companyUrl;
    private final List<String> locations = new ArrayList<>();
    private Boolean remote;
    private String description;
    private DescriptionFormat descriptionFormat;
    private final List<String> payTexts = new ArrayList<>();
    private final List<RawPay> pay = new ArrayList<>();
    private final List<String> employmentTypes = new ArrayList<>();
    private String seniority;
    private String workplaceType;
    private String postedAt;
    private String validThrough;
    private String applicants;
    private final List<String> warnings = new ArrayList<>();

    private Builder(SourceFormat format) {
      this.format = Objects.requireNonNull(format, "format == null");
    }

    private static String clean(String s) {
      if (s == null) {
        return null;
      }
      String t = s.strip();
      return t.isEmpty() ? null : t;
    }

    /**
     * A title, company or location, cleaned; from a feed (JSON-LD, ATS JSON) its entities are
     * decoded and the tags of a site's markup dropped, as {@link Markup#unescape} does. A page's
     * or a text's value is already text.
     */
    private String shortValue(String s) {
      boolean feed = format == SourceFormat.JSON_LD || format == SourceFormat.ATS_JSON;
      return clean(feed ? Markup.unescape(s) : s);
    }

    /** Sets the site. */
    public Builder site(String site) {
      this.site = clean(site);
      return this;
    }

    /** Sets the source's job id. */
    public Builder jobId(String jobId) {
      this.jobId = clean(jobId);
      return this;
    }

    /** Sets the URL. */
    public Builder url(String url) {
      this.url = clean(url);
      return this;
    }

    /** Sets when it was fetched. */
    public Builder fetchedAt(Instant fetchedAt) {
      this.fetchedAt = fetchedAt;
      return this;
    }

    /** Sets the title; see {@link #shortValue} for what a feed's value loses. */
    public Builder title(String title) {
      this.title = shortValue(title);
      return this;
    }

    /** Sets the company name. */
    public Builder company(String company) {
      this.company = shortValue(company);
      return this;
    }

    /** Sets the company URL. */
    public Builder companyUrl(String companyUrl) {
      this.companyUrl = clean(companyUrl);
      return this;
    }

    /** Adds a location string; blanks are ignored. */
    public Builder location(String location) {
      String l = shortValue(location);
      if (l != null) {
        locations.add(l);
      }
      return this;
    }

    /** Sets the structured remote flag. */
    public Builder remote(Boolean remote) {
      this.remote = remote;
      return this;
    }

    /** Sets the description and how to read it. */
    public Builder description(String description, DescriptionFormat format) {
      this.description = description;
      this.descriptionFormat = format;
      return this;
    }

    /**
     * Sets a description a feed gives as HTML, entity-escaped or not, or as text: escaped
     * markup is unescaped, and it is read as HTML when it then holds a tag, else as text. Null
     * is ignored.
     */
    public Builder markupDescription(String description) {
      if (description != null) {
        String html = Markup.unescapeMarkup(description);
        description(html,
            Markup.looksLikeMarkup(html) ? DescriptionFormat.HTML : DescriptionFormat.TEXT);
      }
      return this;
    }

    /** Adds a pay display string; blanks are ignored. */
    public Builder payText(String text) {
      String t = clean(text);
      if (t != null) {
        payTexts.add(t);
      }
      return this;
    }

    /** Adds structured pay. */
    public Builder pay(RawPay rawPay) {
      if (rawPay != null) {
        pay.add(rawPay);
      }
      return this;
    }

    /** Adds an employment-type label; blanks are ignored. */
    public Builder employmentType(String label) {
      String t = clean(label);
      if (t != null) {
        employmentTypes.add(t);
      }
      return this;
    }

    /** Sets the seniority label. */
    public Builder seniority(String label) {
      this.seniority = clean(label);
      return this;
    }

    /** Sets the workplace label. */
    public Builder workplaceType(String label) {
      this.workplaceType = clean(label);
      return this;
    }

    /** Sets the posting date as written. */
    public Builder postedAt(String text) {
      this.postedAt = clean(text);
      return this;
    }

    /** Sets the deadline as written. */
    public Builder validThrough(String text) {
      this.validThrough = clean(text);
      return this;
    }

    /** Sets the applicant count as written. */
    public Builder applicants(String text) {
      this.applicants = clean(text);
      return this;
    }

    /** Adds a warning. */
    public Builder warning(String warning) {
      String w = clean(warning);
      if (w != null) {
        warnings.add(w);
      }
      return this;
    }

    /** The raw posting. */
    public RawPosting build() {
      return new RawPosting(
          site, jobId, url, format, fetchedAt, title, company, companyUrl, locations, remote,
          description, descriptionFormat, payTexts, pay, employmentTypes, seniority,
          workplaceType, postedAt, validThrough, applicants, warnings);
    }
  }
}
