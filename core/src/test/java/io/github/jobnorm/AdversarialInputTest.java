package io.github.jobnorm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.jobnorm.ParseFailure.Reason;
import io.github.jobnorm.json.JobPostingJson;
import io.github.jobnorm.model.JobPosting;
import io.github.jobnorm.model.JobPostings;
import io.github.jobnorm.normalize.PayContext;
import io.github.jobnorm.normalize.PayMatch;
import io.github.jobnorm.normalize.PayParser;
import io.github.jobnorm.normalize.SectionSplitter;
import io.github.jobnorm.normalize.SplitResult;
import io.github.jobnorm.source.DescriptionFormat;
import io.github.jobnorm.source.table.TableColumns;
import io.github.jobnorm.source.table.TableFormat;
import io.github.jobnorm.source.table.TableReader;
import io.github.jobnorm.testing.PostingInvariants;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Hostile and broken inputs: each ends, within a generous time, in sound postings or a typed
 * failure that is not a caught defect, and what comes out is no larger than what went in. The
 * time limits only catch runaway work (a backtracking regex, a loop that is not linear); they do
 * not measure speed.
 */
class AdversarialInputTest {
  private static final Duration LIMIT = Duration.ofSeconds(300);

  /** A short LinkedIn-style text posting to plant hostile content in. */
  private static final String POSTING = """
      Data Analyst
      Acme Analytics · Austin, TX (Hybrid) · 2 weeks ago
      Full-time · Mid-Senior level

      About the job
      %s

      Responsibilities
      - Build weekly sales dashboards.
      """;

  private static ParseResult parse(byte[] bytes) {
    return assertTimeoutPreemptively(LIMIT,
        () -> JobNorm.parse(new ByteArrayInputStream(bytes), ParseOptions.defaults()));
  }

  private static ParseResult parse(String text) {
    return assertTimeoutPreemptively(LIMIT, () -> JobNorm.parse(text));
  }

  /** Sound, and no output text longer than the input: nothing grows without bound. */
  private static void assertBounded(ParseResult result, long inputLength) {
    PostingInvariants.assertSound(result);
    for (JobPosting p : result.postings()) {
      assertThat((long) p.description().length()).isLessThanOrEqualTo(inputLength);
      assertThat(p.sections().stream().mapToLong(s -> s.text().length()).sum())
          .isLessThanOrEqualTo(inputLength);
    }
  }

  @Test
  void twentyMegabytesOfOneCharacter() {
    String text = "a".repeat(20 * 1024 * 1024);
    assertBounded(parse(text), text.length());
    assertBounded(parse(text.getBytes(StandardCharsets.US_ASCII)), text.length());
  }

  @Test
  void aTwentyMegabyteDescriptionParsesAndItsJsonReadsBack() throws Exception {
    String text = POSTING.formatted("x".repeat(20 * 1024 * 1024));
    ParseResult result = parse(text);
    assertThat(result.isSuccess()).isTrue();
    assertBounded(result, text.length());
    JobPosting p = result.posting();
    assertThat(JobPostings.validate(p)).isEmpty();
    String json = JobPostingJson.write(p);
    assertThat(json).hasSizeGreaterThan(20 * 1024 * 1024);
    assertThat(JobPostingJson.read(json)).isEqualTo(p);
  }

  @Test
  void aMillionBullets() {
    StringBuilder bullets = new StringBuilder(12_000_000);
    for (int i = 0; i < 1_000_000; i++) {
      bullets.append(i % 3 == 0 ? "- " : i % 3 == 1 ? "\u2022 " : "* ").append("item\n");
    }
    String text = POSTING.formatted(bullets);
    assertBounded(parse(text), text.length());

    SplitResult split = assertTimeoutPreemptively(LIMIT,
        () -> SectionSplitter.split(bullets.toString(), DescriptionFormat.TEXT));
    assertThat(split.warnings()).isEmpty();
    PostingInvariants.assertSound(PostingInvariants.withSplit(split));
  }

  @Test
  void aMillionHtmlListItems() {
    String html = "<ul>" + "<li>item</li>".repeat(1_000_000) + "</ul>";
    SplitResult split = assertTimeoutPreemptively(LIMIT,
        () -> SectionSplitter.split(html, DescriptionFormat.HTML));
    assertThat(split.warnings()).isEmpty();
    PostingInvariants.assertSound(PostingInvariants.withSplit(split));
    PostingInvariants.assertNoHtmlTags(PostingInvariants.withSplit(split));
  }

  @Test
  void deeplyNestedHtml() {
    int depth = 100_000;
    String body = "<div>".repeat(depth) + "Senior Engineer. Pay $100,000 - $120,000 a year."
        + "</div>".repeat(depth);
    String page = "<!DOCTYPE html><html><head><title>Senior Engineer</title></head><body>"
        + body + "</body></html>";
    assertBounded(parse(page), page.length());

    String lists = "<ul><li>".repeat(depth / 10) + "deep" + "</li></ul>".repeat(depth / 10);
    SplitResult split = assertTimeoutPreemptively(LIMIT,
        () -> SectionSplitter.split(lists, DescriptionFormat.HTML));
    assertThat(split.warnings()).isEmpty();
    assertThat(split.sections().stream().flatMap(s -> s.items().stream())).containsExactly("deep");
    PostingInvariants.assertSound(PostingInvariants.withSplit(split));
    PostingInvariants.assertNoHtmlTags(PostingInvariants.withSplit(split));
  }

  @Test
  void fortyThousandNestedListsKeepEveryItem() {
    int depth = 40_000;
    String html = "<ul><li>x ".repeat(depth);
    SplitResult split = assertTimeoutPreemptively(LIMIT,
        () -> SectionSplitter.split(html, DescriptionFormat.HTML));
    assertThat(split.warnings()).isEmpty();
    List<String> items = split.sections().stream().flatMap(s -> s.items().stream()).toList();
    assertThat(items.get(0)).isEqualTo("x");
    // past jsoup's depth limit the lists lie side by side in the last item: every x is still there
    assertThat(String.join(" ", items).split(" ")).hasSize(depth).containsOnly("x");
  }

  @Test
  void hugeNumbers() {
    String text = "Pay: $99999999999999999999 to $999999999999999999999999999999 per hour, "
        + "or 1e999 USD a year, or $0.0000000000000000000001; between $-5 and $10.";
    // None of it is pay: the hourly figures are far beyond any hourly rate, the fraction of a
    // cent is below any, 1e999 is not a figure, and "$-5 and $10" states no period.
    List<PayMatch> found = assertTimeoutPreemptively(LIMIT,
        () -> PayParser.findAll(text, PayContext.NONE));
    assertThat(found).isEmpty();

    ParseResult result = parse(POSTING.formatted(text));
    assertBounded(result, text.length() + POSTING.length());
    assertThat(result.posting().pay()).isEmpty();
  }

  @Test
  void aMillionDigits() {
    String text = POSTING.formatted("$" + "9".repeat(1_000_000) + " a year");
    assertBounded(parse(text), text.length());
  }

  @Test
  void malformedUtf8() {
    byte[][] broken = {
      {(byte) 0xC3, 0x28},                      // a lead byte without its continuation
      {(byte) 0x80, (byte) 0xBF},               // continuation bytes with no lead
      {(byte) 0xC0, (byte) 0xAF},               // an overlong slash
      {(byte) 0xED, (byte) 0xA0, (byte) 0x80},  // an encoded surrogate
      {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},  // past U+10FFFF
      {(byte) 0xE2, (byte) 0x82}                // cut off at the end
    };
    for (byte[] bad : broken) {
      byte[] input = concat(POSTING.formatted("Pay \u20AC40,000 ").getBytes(StandardCharsets.UTF_8),
          bad);
      ParseResult result = parse(input);
      assertBounded(result, input.length);
      assertThat(result.isSuccess()).as("a posting with a few bad bytes still parses").isTrue();
    }
  }

  @Test
  void utf16WithAndWithoutByteOrderMark() {
    String text = POSTING.formatted("Salary \u00A330,000 per annum, caf\u00E9 \uD83D\uDE00");
    byte[][] encodings = {
      concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.UTF_16LE)),
      concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, text.getBytes(StandardCharsets.UTF_16BE)),
      text.getBytes(StandardCharsets.UTF_16LE),
      text.getBytes(StandardCharsets.UTF_16BE)
    };
    for (byte[] input : encodings) {
      ParseResult result = parse(input);
      assertBounded(result, input.length);
      assertThat(result.isSuccess()).isTrue();
      assertThat(result.posting().title()).isEqualTo("Data Analyst");
    }
  }

  @Test
  void malformedUtf16() {
    byte[] le = POSTING.formatted("x").getBytes(StandardCharsets.UTF_16LE);
    byte[][] broken = {
      concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, le, new byte[] {0x00, (byte) 0xD8}),
      concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, new byte[] {0x00, (byte) 0xDC}, le),
      concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, le, new byte[] {0x41}),
      concat(le, new byte[] {0x00, (byte) 0xD8, 0x41}),
      {(byte) 0xFE, (byte) 0xFF},
      {(byte) 0xFF, (byte) 0xFE, 0x00}
    };
    for (byte[] input : broken) {
      assertBounded(parse(input), input.length);
    }
  }

  @Test
  void nulBytes() {
    ParseResult allNul = parse(new byte[1 << 20]);
    assertThat(allNul.failure().reason()).isIn(Reason.BINARY_INPUT, Reason.EMPTY_INPUT);

    String text = POSTING.formatted("We\u0000 pay $50\u0000,000 a year.\u0000");
    assertBounded(parse(text), text.length());
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    assertBounded(parse(bytes), bytes.length);
  }

  @Test
  void csvWithAnUnterminatedQuote() throws IOException {
    String csv = "job_id,title,company_name,description\n"
        + "1,Analyst,Acme,\"Builds dashboards.\"\n"
        + "2,Engineer,Acme,\"Never closed. " + "Lorem ipsum, \"\"dolor\"\"\n".repeat(200_000)
        + "3,Nurse,Acme,plain\n";
    byte[] bytes = csv.getBytes(StandardCharsets.UTF_8);
    List<ParseResult> results = assertTimeoutPreemptively(LIMIT, () -> {
      List<ParseResult> out = new ArrayList<>();
      try (TableReader rows = JobNorm.readTable(new ByteArrayInputStream(bytes), TableFormat.CSV,
          TableColumns.standard(), "broken.csv")) {
        rows.forEachRemaining(row -> out.add(JobNorm.parse(row, ParseOptions.defaults())));
      }
      return out;
    });
    assertThat(results).isNotEmpty();
    results.forEach(r -> assertBounded(r, bytes.length));
    assertThat(results.get(0).posting().title()).isEqualTo("Analyst");
    assertThat(results.get(results.size() - 1).isSuccess()).isFalse();

    assertBounded(parse(bytes), bytes.length);
  }

  @Test
  void jsonLdNestedTenThousandLevels() {
    int depth = 10_000;
    String nestedObject = "{\"a\":".repeat(depth) + "1" + "}".repeat(depth);
    String nestedArray = "[".repeat(depth) + "]".repeat(depth);
    String[] documents = {
      "{\"@context\":\"https://schema.org\",\"@type\":\"JobPosting\",\"title\":\"Engineer\","
          + "\"description\":" + nestedObject + "}",
      "{\"@context\":\"https://schema.org\",\"@type\":\"JobPosting\",\"title\":\"Engineer\","
          + "\"jobLocation\":" + nestedArray + "}",
      nestedArray,
      "{\"@graph\":" + nestedArray.replace("[]", "[{\"@type\":\"JobPosting\",\"title\":\"X\"}]")
          + "}"
    };
    for (String json : documents) {
      assertBounded(parse(json), json.length());
      String page = "<html><head><script type=\"application/ld+json\">" + json
          + "</script></head><body>Engineer</body></html>";
      assertBounded(parse(page), page.length());
    }
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }
}
