package io.github.jobnorm.fetch;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.jobnorm.model.SourceFormat;
import io.github.jobnorm.source.InputDocument;
import io.github.jobnorm.source.RawPosting;
import io.github.jobnorm.source.SourceParser;
import java.util.ArrayList;
import java.util.List;

/**
 * A minimal parser that stands in for the ATS source parsers in the board tests, which are about
 * feeds and accounting, not about reading postings: it reads only the job id and the title.
 */
final class StandInParsers {
  private StandInParsers() {}

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
