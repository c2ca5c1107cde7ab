package io.github.jobnorm.source.linkedin;

import io.github.jobnorm.internal.Dom;
import io.github.jobnorm.model.SourceFormat;
import io.github.jobnorm.source.InputDocument;
import io.github.jobnorm.source.LinkedInUrls;
import io.github.jobnorm.source.RawPosting;
import io.github.jobnorm.source.SourceParser;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads LinkedIn job search results, the full guest search page or the {@code
 * seeMoreJobPostings} fragment: one partial posting per card (title, company, location, posted
 * date, salary when shown, job id and URL), for both card shapes (a {@code div.base-card} with
 * an inner full link, and a card that is itself an {@code <a>}). Cards carry no description.
 */
public final class LinkedInSearchParser implements SourceParser {
  private static final String CARD = ".job-search-card, .base-search-card";
  private static final String URN_PREFIX = "urn:li:jobPosting:";

  @Override
  public String name() {
    return "linkedin-search";
  }

  @Override
  public boolean supports(InputDocument document) {
    if (!document.looksLikeHtml()) {
      return false;
    }
    String text = document.text();
    if (!text.contains("base-search-card") && !text.contains("job-search-card")) {
      return false;
    }
    return text.contains("d_jobs_guest_search")
        || text.contains("jobs-search__results-list")
        || !text.contains("top-card-layout__title");
  }

  @Override
  public List<RawPosting> parse(InputDocument document) {
    Document page = document.html();
    List<RawPosting> out = new ArrayList<>();
    for (Element card : page.select(CARD)) {
      if (card.parent() != null && card.parent().closest(CARD) != null) {
        continue;
      }
      if (card.closest(LinkedInPages.OTHER_JOBS) != null) {
        continue;
      }
      RawPosting posting = card(card, document);
      if (posting != null) {
        out.add(posting);
      }
    }
    return out;
  }

  private static RawPosting card(Element card, InputDocument document) {
    RawPosting.Builder b =
        RawPosting.builder(SourceFormat.HTML).site("linkedin").fetchedAt(document.fetchedAt());
    String href = card.is("a") ? Dom.attr(card, "href")
        : Dom.firstAttr(card, "a.base-card__full-link, a[href*=/jobs/view/]", "href");
    String urn = Dom.attr(card, "data-entity-urn");
    String id =
        urn != null && urn.startsWith(URN_PREFIX) ? urn.substring(URN_PREFIX.length()) : null;
    if (id == null && href != null) {
      id = LinkedInUrls.jobId(href).orElse(null);
    }
    if (id != null) {
      b.jobId(id).url(LinkedInUrls.canonical(id));
    } else {
      b.url(href);
    }
    b.title(Dom.firstNonNull(
        Dom.firstText(card, ".base-search-card__title"),
        Dom.firstText(card, ".base-card__full-link .sr-only, .sr-only")));
    Element subtitle = card.selectFirst(".base-search-card__subtitle");
    b.company(Dom.text(subtitle));
    if (subtitle != null) {
      b.companyUrl(LinkedInPages.withoutTracking(Dom.firstAttr(subtitle, "a[href]", "href")));
    }
    b.location(Dom.firstText(card, ".job-search-card__location"));
    Element time = card.selectFirst(
        "time.job-search-card__listdate, time.job-search-card__listdate--new, time[datetime]");
    b.postedAt(Dom.firstNonNull(Dom.attr(time, "datetime"), Dom.text(time)));
    b.payText(Dom.firstText(card, ".job-search-card__salary-info, .base-search-card__salary-info"));
    RawPosting partial = b.build();
    if (partial.title() == null && partial.jobId() == null) {
      return null;
    }
    b.warning("search result card: no description; the full posting is on the job page");
    return b.build();
  }
}
