package io.github.jobnorm.source.linkedin;

import io.github.jobnorm.internal.Dom;
import io.github.jobnorm.source.LinkedInUrls;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/** What LinkedIn's guest pages share: the sign-in wall, the job id, the company link. */
final class LinkedInPages {
  /** Sections of a job page that hold other jobs' cards, whose ids and titles are not ours. */
  static final String OTHER_JOBS = ".similar-jobs, .people-also-viewed, .related-jobs";

  private static final String[] WALL_PATHS = {
    "/authwall", "/login", "/checkpoint", "/signup", "/uas/login", "/m/login"
  };
  private static final String WALL_MARKUP =
      ".authwall-join-form, .authwall-sign-in-form, form.login__form, "
          + "[data-tracking-control-name*=auth_wall], "
          + "[data-id=sign-in-form] input[name=session_key]";

  private LinkedInPages() {}

  /**
   * Whether the page is LinkedIn's sign-in or join wall rather than a posting: it has no job
   * title and no description, and either its URL or its markup is the wall's. Guest job pages
   * carry a sign-in modal too, so the markup alone does not make a wall.
   */
  static boolean isWall(Document page, String url) {
    if (page.selectFirst(".top-card-layout__title, .topcard__title") != null
        || page.selectFirst(".show-more-less-html__markup") != null) {
      return false;
    }
    if (url != null && LinkedInUrls.isLinkedIn(url)) {
      String lower = url.toLowerCase(Locale.ROOT);
      for (String path : WALL_PATHS) {
        if (lower.contains(path)) {
          return true;
        }
      }
    }
    String pageKey = Dom.firstAttr(page, "meta[name=pageKey]", "content");
    if (pageKey != null) {
      String k = pageKey.toLowerCase(Locale.ROOT);
      if (k.contains("authwall") || k.contains("login") || k.contains("signup")
          || k.contains("checkpoint")) {
        return true;
      }
    }
    return page.selectFirst(WALL_MARKUP) != null
        || page.selectFirst("input[name=session_key]") != null;
  }

  /**
   * The posting's own job id: from the document's URL, the canonical link, the og/lnkd URL, or
   * the hidden {@code decoratedJobPostingId}; never from the cards of other jobs on the page.
   */
  static Optional<String> jobId(Document page, String url) {
    for (String candidate :
        new String[] {
          url,
          Dom.firstAttr(page, "link[rel=canonical]", "href"),
          Dom.firstAttr(page, "meta[property=og:url]", "content"),
          Dom.firstAttr(page, "meta[property=lnkd:url]", "content")
        }) {
      Optional<String> id = candidate == null ? Optional.empty() : LinkedInUrls.jobId(candidate);
      if (id.isPresent()) {
        return id;
      }
    }
    Element code = page.getElementById("decoratedJobPostingId");
    if (code != null) {
      for (Node child : code.childNodes()) {
        String digits = child instanceof Comment c ? c.getData() : child.outerHtml();
        String id = digits.replace("\"", "").strip();
        if (id.matches("\\d{6,19}")) {
          return Optional.of(id);
        }
      }
    }
    for (Element e : page.select("[data-entity-urn^=urn:li:jobPosting:]")) {
      if (e.closest(OTHER_JOBS) == null && e.closest(".base-card, .job-search-card") == null) {
        return Optional.of(e.attr("data-entity-urn").substring("urn:li:jobPosting:".length()));
      }
    }
    return Optional.empty();
  }

  /** A LinkedIn link without its query, which only carries tracking; other links as they are. */
  static String withoutTracking(String href) {
    if (href == null || !LinkedInUrls.isLinkedIn(href)) {
      return href;
    }
    int q = href.indexOf('?');
    return q < 0 ? href : href.substring(0, q);
  }
}
