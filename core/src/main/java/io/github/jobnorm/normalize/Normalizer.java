package io.github.jobnorm.normalize;

import io.github.jobnorm.model.Company;
import io.github.jobnorm.model.EmploymentType;
import io.github.jobnorm.model.JobPosting;
import io.github.jobnorm.model.JobPostings;
import io.github.jobnorm.model.Location;
import io.github.jobnorm.model.PayRange;
import io.github.jobnorm.model.Seniority;
import io.github.jobnorm.model.Source;
import io.github.jobnorm.model.WorkplaceType;
import io.github.jobnorm.model.YearsRange;
import io.github.jobnorm.source.RawPay;
import io.github.jobnorm.source.RawPosting;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/**
 * The one place that interprets: turns what a source found ({@link RawPosting}) into a {@link
 * JobPosting}. Structured values win over text; text fills the gaps; whatever is inferred rather
 * than read is said in {@code warnings}. The result always satisfies the contract: a value that
 * would break it is dropped, with a warning.
 *
 * <pre>{@code
 * JobPosting p = Normalizer.normalize(raw, NormalizeContext.NONE);
 * }</pre>
 */
public final class Normalizer {
  /** How much of a description the text cues are looked for in: 1 Mi characters. */
  private static final int CUE_LIMIT = 1 << 20;

  private Normalizer() {}

  /** The normalized posting. Never throws on content. */
  public static JobPosting normalize(RawPosting raw, NormalizeContext context) {
    List<String> warnings = new ArrayList<>(raw.warnings());
    Instant reference = raw.fetchedAt() != null ? raw.fetchedAt() : context.referenceTime();

    SplitResult split = SectionSplitter.split(raw.description(), raw.descriptionFormat());
    warnings.addAll(split.warnings());
    String body = split.description();
    String cueText = cueText(body, warnings);

    List<Location> locations = new ArrayList<>();
    WorkplaceType workplaceFromLocation = null;
    for (String text : raw.locations()) {
      LocationResult r = LocationParser.standard().parse(text, context.countryHint());
      locations.addAll(r.locations());
      warnings.addAll(r.warnings());
      workplaceFromLocation = workplaceFromLocation != null ? workplaceFromLocation
          : r.workplaceType();
    }
    String country = locations.stream().map(Location::country).filter(c -> c != null)
        .findFirst().orElse(context.countryHint());

    String title = raw.title();
    if (title == null) {
      title = inferred(TitleInference.title(cueText), "title", warnings);
    }
    String companyName = raw.company();
    if (companyName == null) {
      companyName = inferred(TitleInference.company(cueText), "company", warnings);
    }
    Company company = companyName == null ? null : new Company(companyName, raw.companyUrl());

    List<PayRange> pay = pay(raw, body, PayContext.forCountry(country), warnings);

    EmploymentType employment = firstLabel(raw.employmentTypes())
        .or(() -> EmploymentTypes.fromText(raw.title(), cueText))
        .map(Found::value).orElse(null);
    Seniority seniority = seniority(raw, title, employment, warnings);
    WorkplaceType workplace = workplace(raw, workplaceFromLocation, cueText);

    YearsRange experience = ExperienceParser.find(qualificationText(split, cueText))
        .map(Found::value).orElse(null);
    LocalDate postedAt = date(raw.postedAt(), reference, "posted date", warnings);
    LocalDate validThrough = raw.validThrough() != null
        ? date(raw.validThrough(), reference, "deadline", warnings)
        : DateParser.findDeadline(cueText, reference).map(Found::value).orElse(null);
    Integer applicants = applicants(raw.applicants(), warnings);

    Source source = PostingIds.source(raw);
    JobPosting posting = JobPosting.builder()
        .id(PostingIds.id(source, body, title, companyName, raw.locations()))
        .source(source)
        .title(title)
        .company(company)
        .locations(locations)
        .workplaceType(workplace)
        .employmentType(employment)
        .seniority(seniority)
        .pay(pay)
        .experienceYears(experience)
        .postedAt(postedAt)
        .validThrough(validThrough)
        .applicants(applicants)
        .responsibilities(split.responsibilities())
        .qualifications(split.qualifications())
        .benefits(split.benefits())
        .sections(split.sections())
        .description(body)
        .warnings(List.copyOf(new LinkedHashSet<>(warnings)))
        .build();
    return JobPostings.repair(posting);
  }

  private static String inferred(Optional<Found<String>> found, String what, List<String> w) {
    if (found.isEmpty()) {
      return null;
    }
    w.add(what + " inferred from body text (\"" + found.get().text() + "\")");
    return found.get().value();
  }

  private static List<PayRange> pay(
      RawPosting raw, String body, PayContext payContext, List<String> warnings) {
    List<PayMatch> matches = new ArrayList<>();
    for (RawPay structured : raw.pay()) {
      PayParser.fromStructured(structured, payContext).ifPresent(matches::add);
    }
    if (matches.isEmpty()) {
      for (String text : raw.payTexts()) {
        PayParser.parse(text, payContext).ifPresent(matches::add);
      }
    }
    if (matches.isEmpty()) {
      matches.addAll(PayParser.findAll(body, payContext));
    }
    List<PayRange> out = new ArrayList<>();
    for (PayMatch m : matches) {
      out.add(m.range());
      warnings.addAll(m.warnings());
    }
    return out;
  }

  private static Optional<Found<EmploymentType>> firstLabel(List<String> labels) {
    for (String label : labels) {
      Optional<Found<EmploymentType>> found = EmploymentTypes.fromLabel(label);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  private static Seniority seniority(
      RawPosting raw, String title, EmploymentType employment, List<String> warnings) {
    Optional<Found<Seniority>> label = Seniorities.fromLabel(raw.seniority());
    if (label.isPresent()) {
      return label.get().value();
    }
    Optional<Found<Seniority>> fromTitle = Seniorities.fromTitle(title);
    if (fromTitle.isPresent()) {
      warnings.add("seniority inferred from the title (\"" + fromTitle.get().text() + "\")");
      return fromTitle.get().value();
    }
    if (employment == EmploymentType.INTERNSHIP) {
      warnings.add("seniority inferred from the employment type INTERNSHIP");
      return Seniority.INTERNSHIP;
    }
    return null;
  }

  private static WorkplaceType workplace(RawPosting raw, WorkplaceType fromLocation, String body) {
    Optional<Found<WorkplaceType>> label = WorkplaceTypes.fromLabel(raw.workplaceType());
    if (label.isPresent()) {
      return label.get().value();
    }
    if (fromLocation != null) {
      return fromLocation;
    }
    if (Boolean.TRUE.equals(raw.remote())) {
      return WorkplaceType.REMOTE;
    }
    return WorkplaceTypes.fromText(body).map(Found::value).orElse(null);
  }

  /**
   * The part of the description the text cues (workplace, employment type, experience,
   * deadline, inferred title) are looked for in: all of it up to {@link #CUE_LIMIT} characters,
   * which every real posting fits in, so that a hostile multi-megabyte description costs bounded
   * work. Pay is still read from the whole text, since pay statements sit near the end.
   */
  private static String cueText(String body, List<String> warnings) {
    if (body.length() <= CUE_LIMIT) {
      return body;
    }
    warnings.add("description is " + body.length() + " characters long; workplace, employment"
        + " type, experience and deadline cues were looked for in its first " + CUE_LIMIT
        + " characters only");
    return body.substring(0, CUE_LIMIT);
  }

  private static String qualificationText(SplitResult split, String body) {
    List<String> items = new ArrayList<>(split.qualifications().required());
    items.addAll(split.qualifications().preferred());
    return items.isEmpty() ? body : String.join("\n", items);
  }

  private static LocalDate date(String text, Instant reference, String what, List<String> w) {
    if (text == null) {
      return null;
    }
    Optional<Found<LocalDate>> found = DateParser.parse(text, reference);
    if (found.isEmpty() && reference == null && DateParser.isRelative(text)) {
      w.add(what + " \"" + text + "\" is relative and no reference time was given;"
          + " set a reference time to resolve it");
    }
    return found.map(Found::value).orElse(null);
  }

  private static Integer applicants(String text, List<String> warnings) {
    Optional<Found<Integer>> found = ApplicantCounts.parse(text);
    if (found.isPresent() && ApplicantCounts.isLowerBound(text)) {
      warnings.add("applicants is a lower bound (\"" + text + "\")");
    }
    return found.map(Found::value).orElse(null);
  }
}
