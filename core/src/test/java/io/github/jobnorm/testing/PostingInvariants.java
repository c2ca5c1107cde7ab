package io.github.jobnorm.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.jobnorm.ParseFailure;
import io.github.jobnorm.ParseResult;
import io.github.jobnorm.json.JobPostingJson;
import io.github.jobnorm.model.JobPosting;
import io.github.jobnorm.model.JobPostingBuilder;
import io.github.jobnorm.model.JobPostings;
import io.github.jobnorm.model.Location;
import io.github.jobnorm.model.PayRange;
import io.github.jobnorm.model.Source;
import io.github.jobnorm.model.SourceFormat;
import io.github.jobnorm.internal.Markup;
import io.github.jobnorm.normalize.SplitResult;
import io.github.jobnorm.source.jsonld.JsonLd;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * What must hold for any output, whatever the input: the checks the fuzz and adversarial tests
 * make. Each fails with an AssertJ error naming the posting and the broken rule.
 */
public final class PostingInvariants {
  /**
   * An opening or closing tag of an element that carries posting markup, on one line. Named
   * elements only, so that text such as {@code <3 years>} or {@code a<b} is not taken for a tag,
   * and not across lines, where separate pieces of text were joined.
   */
  private static final Pattern HTML_TAG = Pattern.compile(
      "</?(?:a|b|br|body|div|em|font|h[1-6]|head|html|i|img|li|ol|p|script|span|strong|style"
          + "|table|td|th|tr|u|ul)(?:[ \\t][^<>\\n]*)?/?>",
      Pattern.CASE_INSENSITIVE);

  /** Title, company and locations: short values that jobnorm strips of markup. */
  private static final Set<String> SHORT_FIELDS = Set.of("title", "company", "locations");
  private static final Pattern INVISIBLE =
      Pattern.compile("[\\p{Cntrl}\\s\\u00A0\\u00AD\\u200B-\\u200D\\u2060\\uFEFF]+");

  private PostingInvariants() {}

  /**
   * Checks a parse result: a success holds sound postings; a failure is typed and is never
   * {@code INTERNAL_ERROR}, which is a caught defect rather than an answer about the input.
   */
  public static void assertSound(ParseResult result) {
    assertSound(result, Shown.NOTHING);
  }

  /**
   * Like {@link #assertSound(ParseResult)}, where a tag-like string that the input shows as text
   * ({@code a <b} then {@code i>} around broken markup, {@code </h1>} inside a {@code <title>},
   * {@code &lt;b&gt;} beside real tags) is not counted as a tag left behind.
   */
  public static void assertSound(ParseResult result, Shown shown) {
    assertThat(result).isNotNull();
    if (!result.isSuccess()) {
      assertThat(result.failure().reason())
          .as("failure %s", result.failure())
          .isNotEqualTo(ParseFailure.Reason.INTERNAL_ERROR);
      assertThat(result.failure().message()).isNotBlank();
      return;
    }
    for (JobPosting p : result.postings()) {
      assertSound(p);
      // Text and table cells are the author's words as typed; only markup sources must lose tags.
      SourceFormat format = p.source().format();
      if (format != SourceFormat.TEXT && format != SourceFormat.CSV_ROW) {
        assertNoHtmlTags(p, shown);
      }
    }
  }

  /** The posting validates, its pay ranges are ordered, and its JSON reads back equal. */
  public static void assertSound(JobPosting p) {
    assertThat(JobPostings.validate(p)).as("contract violations of %s", p.id()).isEmpty();
    p.pay().forEach(PostingInvariants::assertOrdered);
    JobPosting back;
    try {
      back = JobPostingJson.read(JobPostingJson.write(p));
    } catch (JsonProcessingException e) {
      throw new AssertionError("JSON of " + p.id() + " does not read back: " + e.getMessage(), e);
    }
    assertThat(back).as("JSON round trip of %s", p.id()).isEqualTo(p);
  }

  /** min <= max, and likewise for the yearly figures. */
  public static void assertOrdered(PayRange r) {
    if (r.min() != null && r.max() != null) {
      assertThat(r.min()).as("min of %s", r).isLessThanOrEqualTo(r.max());
    }
    if (r.annualMin() != null && r.annualMax() != null) {
      assertThat(r.annualMin()).as("annualMin of %s", r).isLessThanOrEqualTo(r.annualMax());
    }
  }

  /** No text field (warnings and the source aside) holds an HTML tag. */
  public static void assertNoHtmlTags(JobPosting p) {
    assertNoHtmlTags(p, Shown.NOTHING);
  }

  /**
   * No text field holds an HTML tag, except one that the input shows as text: title, company
   * and locations only what {@link Shown#inShortFields} holds, the other fields what {@link
   * Shown#inText} holds.
   */
  public static void assertNoHtmlTags(JobPosting p, Shown shown) {
    JsonNode tree = JobPostingJson.mapper().valueToTree(p);
    List<String> found = new ArrayList<>();
    for (Map.Entry<String, JsonNode> e : tree.properties()) {
      String field = e.getKey();
      if (!field.equals("warnings") && !field.equals("source")) {
        collectTags(e.getValue(), field, SHORT_FIELDS.contains(field) ? shown.inShortFields()
            : shown.inText(), found);
      }
    }
    assertThat(found).as("HTML tags left in %s", p.id()).isEmpty();
  }

  /**
   * What an input shows a reader as text, where tag-like text may stand, in the form {@link
   * #canonical} gives: each text kept apart, so that the end of one and the start of the next
   * never make a tag that neither holds.
   *
   * @param inShortFields texts that title, company and locations may take tag-like text from
   * @param inText texts that the description, sections and lists may take it from
   */
  public record Shown(List<String> inShortFields, List<String> inText) {
    /** An input that shows no tag-like text: every tag in the output is a leak. */
    public static final Shown NOTHING = new Shown(List.of(), List.of());

    /** Copies the lists. */
    public Shown {
      inShortFields = List.copyOf(inShortFields);
      inText = List.copyOf(inText);
    }

    /**
     * A page: its text as jsoup reads it, for every field, and what the descriptions of its
     * JSON-LD postings show as text, for the description's fields.
     */
    public static Shown page(String html) {
      Document doc = Jsoup.parse(html);
      String visible = canonical(doc.wholeText());
      List<String> text = new ArrayList<>(List.of(visible));
      text.addAll(markupTexts(JsonLd.jobPostings(doc)));
      return new Shown(List.of(visible), text);
    }

    /** A description given as HTML: its text as jsoup reads it. */
    public static Shown fragment(String html) {
      String visible = canonical(Jsoup.parse(html).wholeText());
      return new Shown(List.of(visible), List.of(visible));
    }

    /**
     * JSON-LD postings: what their values that jobnorm reads as HTML show as text, for the
     * description's fields only. A title is no HTML: jobnorm drops its tags, escaped or not.
     */
    public static Shown jsonLd(List<JsonNode> postings) {
      return new Shown(List.of(), markupTexts(postings));
    }
  }

  /**
   * The text without whitespace, control and invisible characters: jobnorm joins lines, spaces
   * blocks, drops NUL and writes controls as spaces, so the text {@code <p} then {@code x>} of a
   * page may come out as {@code <p x>}; both read {@code <px>} here.
   */
  public static String canonical(String s) {
    return INVISIBLE.matcher(s).replaceAll("");
  }

  /**
   * What the descriptions of JSON-LD postings show as text where jobnorm reads them as HTML, as
   * {@code RawPosting.Builder.markupDescription} decides: unescaped once or twice, then HTML when
   * they hold a tag. Only the description is read as HTML: tag-like text in an address or a
   * name is no markup, and must not excuse a tag that leaks into the output.
   */
  private static List<String> markupTexts(List<JsonNode> postings) {
    List<String> out = new ArrayList<>();
    for (JsonNode posting : postings) {
      JsonNode description = posting.get("description");
      if (description != null) {
        collectMarkupTexts(description, out);
      }
    }
    return out;
  }

  private static void collectMarkupTexts(JsonNode node, List<String> out) {
    if (node.isTextual()) {
      String html = Markup.unescapeMarkup(node.textValue());
      if (Markup.looksLikeMarkup(html)) {
        out.add(canonical(Jsoup.parse(html).wholeText()));
      }
    } else {
      node.forEach(child -> collectMarkupTexts(child, out));
    }
  }

  /** A minimal posting holding these pay ranges, to validate them with the contract's rules. */
  public static JobPosting withPay(List<PayRange> pay) {
    return minimal().pay(pay).build();
  }

  /** A minimal posting holding these locations. */
  public static JobPosting withLocations(List<Location> locations) {
    return minimal().locations(locations).build();
  }

  /** A minimal posting holding these sections and lists. */
  public static JobPosting withSplit(SplitResult split) {
    return minimal()
        .sections(split.sections())
        .responsibilities(split.responsibilities())
        .qualifications(split.qualifications())
        .benefits(split.benefits())
        .description(split.description())
        .warnings(split.warnings())
        .build();
  }

  private static JobPostingBuilder minimal() {
    return JobPosting.builder().id("fuzz:1").source(Source.of(SourceFormat.TEXT));
  }

  private static void collectTags(JsonNode node, String path, List<String> shown,
      List<String> found) {
    if (node.isTextual()) {
      Matcher m = HTML_TAG.matcher(node.textValue());
      while (m.find()) {
        String tag = canonical(m.group());
        if (shown.stream().noneMatch(t -> t.contains(tag))) {
          found.add(path + ": " + m.group());
          break;
        }
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        collectTags(node.get(i), path + "[" + i + "]", shown, found);
      }
    } else if (node.isObject()) {
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        collectTags(e.getValue(), path + "." + e.getKey(), shown, found);
      }
    }
  }
}
