package io.github.jobnorm.source.html;

import io.github.jobnorm.ParseFailure;
import io.github.jobnorm.internal.Dom;
import io.github.jobnorm.model.SourceFormat;
import io.github.jobnorm.source.DescriptionFormat;
import io.github.jobnorm.source.InputDocument;
import io.github.jobnorm.source.RawPosting;
import io.github.jobnorm.source.SourceException;
import io.github.jobnorm.source.SourceParser;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The last resort for HTML: a page with no JSON-LD posting and no markup we know. The title is
 * the first {@code h1}, else {@code og:title}, else {@code <title>}; the description is the
 * page's description block (an element whose class, id or data attribute names a description or
 * job ad), else its {@code main} or {@code article}, else its body. Every posting it gives
 * carries a warning that it was read without structure. A page that is clearly not a posting
 * (no title, or too little text, or fewer than two words postings use) fails with {@code
 * NOT_A_POSTING}; a bot wall fails with {@code BLOCKED_PAGE}.
 */
public final class GenericHtmlParser implements SourceParser {
  /** Below this many characters of text a page cannot hold a posting worth reading. */
  static final int MIN_TEXT = 200;
  /** A block page says little besides its phrase; a posting that mentions one says much more. */
  private static final int MAX_BLOCK_PAGE_TEXT = 3_000;
  /** Hinted blocks nest a few levels deep at most; this bounds the work on hostile pages. */
  private static final int MAX_NARROWING = 8;
  private static final String NOISE =
      "script, style, noscript, template, svg, nav, header, footer, form, button, iframe, "
          + "[aria-hidden=true], [hidden]";
  private static final String[] HINTS = {
    "description", "jobad", "job-ad", "job_ad", "jobdetail", "job-detail", "job_detail",
    "posting-body", "job-body", "jobbody", "vacancy"
  };

  @Override
  public String name() {
    return "html";
  }

  @Override
  public boolean supports(InputDocument document) {
    return document.looksLikeHtml();
  }

  @Override
  public List<RawPosting> parse(InputDocument document) throws SourceException {
    Document page = document.html();
    String pageText = page.body() == null ? "" : page.body().text();
    String title = Dom.firstNonNull(
        firstH1(page),
        Dom.firstAttr(page, "meta[property=og:title]", "content"),
        Dom.text(page.selectFirst("title")));
    if (pageText.length() < MAX_BLOCK_PAGE_TEXT) {
      String phrase = PageWords.blockedPhrase((title == null ? "" : title) + "\n" + pageText);
      if (phrase != null) {
        throw new SourceException(ParseFailure.Reason.BLOCKED_PAGE,
            "the page is a bot check or block page (\"" + phrase + "\"), not the posting; "
                + "save the page from a browser that shows the job");
      }
    }
    Element block = descriptionBlock(page);
    String how = block == page.body() ? "the whole page body" : "<" + block.tagName() + ">";
    Element clean = block.clone();
    clean.select(NOISE).remove();
    String text = clean.text();
    if (title == null || text.length() < MIN_TEXT
        || PageWords.postingWords(title + "\n" + text) < 2) {
      throw new SourceException(ParseFailure.Reason.NOT_A_POSTING,
          "the page has no job posting: no JSON-LD JobPosting, no markup of a known site, and "
              + (title == null ? "no title" : text.length() < MIN_TEXT ? "too little text"
                  : "none of the words postings use"));
    }
    String url = Dom.firstNonNull(
        document.url(),
        Dom.firstAttr(page, "link[rel=canonical]", "href"),
        Dom.firstAttr(page, "meta[property=og:url]", "content"));
    RawPosting posting = RawPosting.builder(SourceFormat.HTML)
        .url(url)
        .fetchedAt(document.fetchedAt())
        .title(title)
        .description(clean.html(), DescriptionFormat.HTML)
        .warning("no structured posting data on the page; title and description read from its "
            + "HTML (description from " + how + ")")
        .build();
    return List.of(posting);
  }

  private static String firstH1(Document page) {
    for (Element h1 : page.select("h1")) {
      String t = Dom.text(h1);
      if (t != null) {
        return t;
      }
    }
    return null;
  }

  /**
   * The hinted element with the most text, else main/article, else the body. Text lengths are
   * summed bottom-up in one walk, so nested hinted blocks cost no more than the page's size.
   */
  private static Element descriptionBlock(Document page) {
    Map<Element, Integer> lengths = new IdentityHashMap<>();
    NodeTraversor.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {}

      @Override
      public void tail(Node node, int depth) {
        Element parent = node.parent() instanceof Element p ? p : null;
        int own = node instanceof TextNode t ? t.text().length()
            : node instanceof Element e ? lengths.getOrDefault(e, 0) : 0;
        if (parent != null && own > 0) {
          lengths.merge(parent, own, Integer::sum);
        }
      }
    }, page);
    Element best = null;
    int bestLength = 0;
    for (Element e : page.getAllElements()) {
      int length = lengths.getOrDefault(e, 0);
      if (length > bestLength && e != page.body() && !e.tagName().equals("html") && hinted(e)) {
        best = e;
        bestLength = length;
      }
    }
    if (best != null && bestLength >= MIN_TEXT) {
      return narrowest(best, bestLength, lengths);
    }
    Element main = page.selectFirst("main, article, [role=main]");
    if (main != null && lengths.getOrDefault(main, 0) >= MIN_TEXT) {
      return main;
    }
    return page.body() != null ? page.body() : page;
  }

  /**
   * Within a hinted wrapper ("job details": title, facts and description), the innermost hinted
   * block that still holds at least half of the wrapper's text: the description itself.
   */
  private static Element narrowest(Element best, int bestLength, Map<Element, Integer> lengths) {
    Element current = best;
    for (int round = 0; round < MAX_NARROWING; round++) {
      Element inner = null;
      int innerLength = 0;
      for (Element e : current.getAllElements()) {
        int length = lengths.getOrDefault(e, 0);
        if (e != current && length * 2 >= bestLength && length > innerLength && hinted(e)) {
          inner = e;
          innerLength = length;
        }
      }
      if (inner == null) {
        break;
      }
      current = inner;
    }
    return current;
  }

  private static boolean hinted(Element e) {
    if (e.attr("itemprop").equalsIgnoreCase("description")) {
      return true;
    }
    String marks = (e.className() + " " + e.id() + " " + e.attr("data-automation") + " "
        + e.attr("data-testid")).toLowerCase(Locale.ROOT);
    for (String hint : HINTS) {
      if (marks.contains(hint)) {
        return true;
      }
    }
    return false;
  }
}
