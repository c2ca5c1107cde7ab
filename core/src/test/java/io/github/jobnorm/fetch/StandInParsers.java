package io.github.jobnorm.fetch;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.jobnorm.ParseFailure;
import io.github.jobnorm.model.SourceFormat;
import io.github.jobnorm.source.DescriptionFormat;
import io.github.jobnorm.source.InputDocument;
import io.github.jobnorm.source.RawPosting;
import io.github.jobnorm.source.SourceException;
import io.github.jobnorm.source.SourceParser;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * Minimal parsers that stand in for the real LinkedIn and ATS source parsers in the listing tests,
 * which are about paging and accounting, not about reading markup: they read only the job id and
 * the title.
 */
final class StandInParsers {
  private StandInParsers() {}

  /** LinkedIn search cards: one posting per element with a {@code urn:li:jobPosting:} urn. */
  static SourceParser cards() {
    return new Stub("stand-in-cards") {
      @Override
      public List<RawPosting> parse(InputDocument document) {
        List<RawPosting> out = new ArrayList<>();
        for (Element card : document.html().select("[data-entity-urn^=urn:li:jobPosting:]")) {
          String id = card.attr("data-entity-urn").substring("urn:li:jobPosting:".length());
          out.add(
              RawPosting.builder(SourceFormat.HTML)
                  .site("linkedin")
                  .jobId(id)
                  .title(card.select(".base-search-card__title").text())
                  .build());
        }
        return out;
      }
    };
  }

  /** LinkedIn detail pages: the title and description, the id from the page's URL. */
  static SourceParser details() {
    return new Stub("stand-in-details") {
      @Override
      public List<RawPosting> parse(InputDocument document) throws SourceException {
        Element title = document.html().selectFirst("h2.top-card-layout__title");
        if (title == null) {
          throw new SourceException(ParseFailure.Reason.NOT_A_POSTING, "no top card");
        }
        String url = document.url();
        return List.of(
            RawPosting.builder(SourceFormat.HTML)
                .site("linkedin")
                .jobId(url.substring(url.lastIndexOf('/') + 1))
                .title(title.text())
                .description(
                    document.html().select(".show-more-less-html__markup").html(),
                    DescriptionFormat.HTML)
                .build());
      }
    };
  }

  /** ATS feeds: one posting per entry of {@code jobs} (or of the top array), skipping "draft" titles. */
  static SourceParser feeds() {
    return new Stub("stand-in-feeds") {
      @Override
      public List<RawPosting> parse(InputDocument document) {
        JsonNode json = document.json();
        JsonNode jobs = json.isArray() ? json : json.get("jobs");
        List<RawPosting> out = new ArrayList<>();
        for (JsonNode job : jobs) {
          String title = job.path(job.has("text") ? "text" : "title").asText();
          if (!title.startsWith("draft")) {
            out.add(
                RawPosting.builder(SourceFormat.ATS_JSON)
                    .jobId(job.get("id").asText())
                    .title(title)
                    .build());
          }
        }
        return out;
      }
    };
  }

  private abstract static class Stub implements SourceParser {
    private final String name;

    Stub(String name) {
      this.name = name;
    }

    @Override
    public String name() {
      return name;
    }

    @Override
    public boolean supports(InputDocument document) {
      return true;
    }
  }
}
