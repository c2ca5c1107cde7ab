package io.github.jobnorm.source.jsonld;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.jobnorm.JobNorm;
import io.github.jobnorm.ParseOptions;
import io.github.jobnorm.testing.PostingInvariants;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;

/**
 * The JSON-LD reader on arbitrary JSON, forced through the facade so that its output is also
 * normalized: sound postings or a typed failure, and no HTML tag left from the description,
 * except one that a value holding markup shows as text ({@code <br>&lt;b&gt;}).
 */
class JsonLdFuzzTest {
  private static final ParseOptions JSONLD = ParseOptions.builder().parser("jsonld").build();

  @FuzzTest
  @DictionaryEntries({
    "{", "}", "[", "]", ":", ",", "\"", "null", "true", "1e999", "-0", "\"@context\"",
    "\"https://schema.org\"", "\"@type\"", "\"JobPosting\"", "\"@graph\"", "\"title\"",
    "\"description\"", "\"hiringOrganization\"", "\"name\"", "\"sameAs\"", "\"jobLocation\"",
    "\"address\"", "\"addressLocality\"", "\"addressRegion\"", "\"addressCountry\"",
    "\"baseSalary\"", "\"currency\"", "\"value\"", "\"minValue\"", "\"maxValue\"",
    "\"unitText\"", "\"HOUR\"", "\"YEAR\"", "\"employmentType\"", "\"FULL_TIME\"",
    "\"datePosted\"", "\"validThrough\"", "\"jobLocationType\"", "\"TELECOMMUTE\"",
    "\"identifier\"", "\"url\"", "\\u003Cp>", "\\u003C\\u002Fp>", "&lt;li&gt;", "<br>"
  })
  void parseJsonLd(byte[] input) {
    String json = new String(input, StandardCharsets.UTF_8);
    PostingInvariants.assertSound(JobNorm.parse(json, JSONLD), shown(json));
  }

  /** What the postings the reader finds show as text, read as JSON and, failing that, as a page. */
  private static PostingInvariants.Shown shown(String json) {
    List<JsonNode> postings = new ArrayList<>();
    LenientJson.readAll(json).forEach(v -> postings.addAll(JsonLd.jobPostings(v)));
    postings.addAll(JsonLd.jobPostings(Jsoup.parse(json)));
    return PostingInvariants.Shown.jsonLd(postings);
  }
}
