package io.github.jobnorm.source.linkedin;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.jobnorm.ParseFailure;
import io.github.jobnorm.internal.Dom;
import io.github.jobnorm.internal.JsonFields;
import io.github.jobnorm.model.SourceFormat;
import io.github.jobnorm.source.DescriptionFormat;
import io.github.jobnorm.source.InputDocument;
import io.github.jobnorm.source.LinkedInUrls;
import io.github.jobnorm.source.RawPay;
import io.github.jobnorm.source.RawPosting;
import io.github.jobnorm.source.SourceException;
import io.github.jobnorm.source.SourceParser;
import io.github.jobnorm.source.jsonld.JobPostingReader;
import io.github.jobnorm.source.jsonld.JsonLd;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads a LinkedIn job as a guest sees it: the {@code /jobs/view/ID} page, or the {@code
 * /jobs-guest/jobs/api/jobPosting/ID} fragment (the same markup without the page around it, and
 * sometimes only its description section). The top card gives title, company, location, posted
 * time and applicants; the description, compensation box and criteria list follow; the page's
 * JSON-LD, when present, gives exact dates. Cards of similar jobs are ignored. A sign-in wall
 * fails with {@code BLOCKED_PAGE}.
 */
public final class LinkedInJobPageParser implements SourceParser {
  private static final String[] MARKERS = {
    "top-card-layout__title", "show-more-less-html__markup", "description__job-criteria",
    "authwall", "topcard__title"
  };

  @Override
  public String name() {
    return "linkedin-page";
  }

  @Override
  public boolean supports(InputDocument document) {
    if (!document.looksLikeHtml()) {
      return false;
    }
    if (document.url() != null && LinkedInUrls.isLinkedIn(document.url())) {
      return true;
    }
    String text = document.text();
    for (String marker : MARKERS) {
      if (text.contains(marker)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public List<RawPosting> parse(InputDocument document) throws SourceException {
    Document page = document.html();
    if (LinkedInPages.isWall(page, document.url())) {
      throw new SourceException(
          ParseFailure.Reason.BLOCKED_PAGE,
          "this is LinkedIn's sign-in wall, not a job page; save the page from a browser that "
              + "shows the job, or fetch the guest URL https://www.linkedin.com/jobs/view/<id>");
    }
    Element title = page.selectFirst(".top-card-layout__title, .topcard__title");
    Element description = page.selectFirst(".show-more-less-html__markup");
    if (description != null && description.closest(LinkedInPages.OTHER_JOBS) != null) {
      description = null;
    }
    if (title == null && description == null) {
      return List.of();
    }
    RawPosting.Builder b =
        RawPosting.builder(SourceFormat.HTML).site("linkedin").fetchedAt(document.fetchedAt());
    Optional<String> jobId = LinkedInPages.jobId(page, document.url());
    jobId.ifPresent(id -> b.jobId(id).url(LinkedInUrls.canonical(id)));
    b.title(Dom.text(title));
    readTopCard(page, b);
    if (description != null) {
      b.description(description.html().strip(), DescriptionFormat.HTML);
    }
    for (Element salary : page.select(".compensation__salary")) {
      if (salary.closest(LinkedInPages.OTHER_JOBS) == null) {
        b.payText(Dom.text(salary));
      }
    }
    LinkedInCriteria criteria = LinkedInCriteria.read(page);
    b.seniority(criteria.seniority()).employmentType(criteria.employmentType());
    if (criteria.byPosition()) {
      b.warning("criteria headings not recognized; seniority and employment type read by position");
    }
    readJsonLd(page, b);
    return List.of(b.build());
  }

  private static void readTopCard(Document page, RawPosting.Builder b) {
    Element org = page.selectFirst(".topcard__org-name-link");
    if (org != null) {
      b.company(Dom.text(org)).companyUrl(LinkedInPages.withoutTracking(Dom.attr(org, "href")));
    } else {
      b.company(Dom.firstText(page,
          ".topcard__flavor-row .topcard__flavor:not(.topcard__flavor--bullet)"));
    }
    for (Element bullet : page.select(".topcard__flavor--bullet")) {
      if (!bullet.hasClass("num-applicants__caption")
          && bullet.closest(".num-applicants__figure") == null) {
        b.location(Dom.text(bullet));
        break;
      }
    }
    b.postedAt(Dom.firstText(page, ".posted-time-ago__text"));
    b.applicants(Dom.firstText(page, ".num-applicants__caption"));
  }

  /** Exact dates from the page's JSON-LD win over "2 weeks ago"; the rest only fills gaps. */
  private static void readJsonLd(Document page, RawPosting.Builder b) {
    List<JsonNode> jobs = JsonLd.jobPostings(page);
    if (jobs.isEmpty()) {
      return;
    }
    JsonNode job = jobs.get(0);
    RawPosting known = b.build();
    String datePosted = JsonFields.text(job, "datePosted");
    if (datePosted != null) {
      b.postedAt(datePosted);
    }
    b.validThrough(JsonFields.text(job, "validThrough"));
    RawPosting fromLd =
        JobPostingReader.read(job, RawPosting.builder(SourceFormat.JSON_LD)).build();
    if (known.title() == null) {
      b.title(fromLd.title());
    }
    if (known.company() == null) {
      b.company(fromLd.company());
    }
    if (known.companyUrl() == null) {
      b.companyUrl(fromLd.companyUrl());
    }
    if (known.locations().isEmpty()) {
      fromLd.locations().forEach(b::location);
    }
    if (known.employmentTypes().isEmpty()) {
      fromLd.employmentTypes().forEach(b::employmentType);
    }
    if (known.payTexts().isEmpty()) {
      for (RawPay pay : fromLd.pay()) {
        b.pay(pay);
      }
    }
    if (known.description().isEmpty() && !fromLd.description().isEmpty()) {
      b.description(fromLd.description(), fromLd.descriptionFormat());
    }
    if (fromLd.remote() != null) {
      b.remote(fromLd.remote());
    }
  }
}
