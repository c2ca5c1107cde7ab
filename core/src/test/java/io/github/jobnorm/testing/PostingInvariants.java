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
import io.github.jobnorm.model.Section;
import io.github.jobnorm.model.Source;
import io.github.jobnorm.model.SourceFormat;
import io.github.jobnorm.normalize.SplitResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

  private PostingInvariants() {}

  /**
   * Checks a parse result: a success holds sound postings; a failure is typed and is never
   * {@code INTERNAL_ERROR}, which is a caught defect rather than an answer about the input.
   */
  public static void assertSound(ParseResult result) {
    assertSound(result, null);
  }

  /**
   * Like {@link #assertSound(ParseResult)}, where a tag-like string that is plain text in the
   * input ({@code literalText}, e.g. {@code a <b} then {@code i>} around broken markup, or
   * {@code </h1>} inside a {@code <title>}) is not counted as a tag left behind.
   */
  public static void assertSound(ParseResult result, String literalText) {
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
        assertNoHtmlTags(p, literalText);
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
    assertNoHtmlTags(p, null);
  }

  /** No text field holds an HTML tag, except one that {@code literalText} holds as text. */
  public static void assertNoHtmlTags(JobPosting p, String literalText) {
    JsonNode tree = JobPostingJson.mapper().valueToTree(p);
    List<String> found = new ArrayList<>();
    // the page's text without whitespace or control characters too: jobnorm joins lines, spaces
    // blocks and cleans controls, so the text "<p" then "x>" of a page may come out as "<p x>"
    String literal = literalText == null ? "" : literalText;
    collectTags(tree, "", literal + "\n" + squeezed(literal), found);
    assertThat(found).as("HTML tags left in %s", p.id()).isEmpty();
  }

  /** The text without whitespace and control characters. */
  private static String squeezed(String s) {
    return s.replaceAll("[\\p{Cntrl}\\s\\u00A0]+", "");
  }

  /** The text of an HTML document or fragment as a reader sees it, markup removed. */
  public static String visibleText(String html) {
    Document doc = Jsoup.parse(html);
    String whole = doc.wholeText();
    // as written, and as a browser shows it: line breaks in text are spaces, so tag-like text
    // broken over lines ("<a href=\"x\n- y\">") reads as one tag-like string on the page
    // and with a space where a block ends, as jsoup's text() and jobnorm's lines have it: an
    // empty "</p>" between "B:A" and "g>" is a paragraph break on the page
    // and with control characters as spaces, as jobnorm cleans text ("<B" U+001C ":Ap>")
    return doc.title() + " " + whole + "\n" + whole.replaceAll("\\s+", " ") + "\n" + doc.text()
        + "\n" + doc.text().replaceAll("[\\p{Cntrl}\\s]+", " ");
  }

  /**
   * The text that the string values of a JSON document show a reader where they are HTML, for
   * {@link #assertSound(ParseResult, String)}. A value with a real tag is read as HTML, so an
   * escaped tag in it ({@code <br>&lt;b&gt;}) is its author's text, as jobnorm's own JSON-LD
   * writes a description's {@code <b>}. A value without one adds nothing: its escaped tags are
   * markup that a feed escaped whole. Strings are found as the lenient JSON-LD reader finds them:
   * in double or single quotes, outside comments, with JSON's backslash escapes; NUL is dropped.
   */
  public static String jsonMarkupText(String json) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < json.length()) {
      char c = json.charAt(i);
      if (c == '"' || c == '\'') {
        StringBuilder raw = new StringBuilder();
        i = readJsonString(json, i + 1, c, raw);
        // jobnorm drops NUL from a feed's markup before reading it (Markup.unescapeMarkup), so
        // "&lt;li&g" NUL "t;" shows "<li>" there, where an HTML parser would show "<li&gt;"
        String value = raw.toString().replace("\0", "");
        if (holdsTag(value)) {
          // as written, and as HTML shows it: line breaks in text are spaces, so "&lt;b" and
          // "x&gt;" on lines of their own read as the one tag-like text "<b x>"
          out.append(visibleText(value)).append('\n')
              .append(Jsoup.parseBodyFragment(value).text()).append('\n');
        }
      } else if (json.startsWith("//", i)) {
        int end = json.indexOf('\n', i);
        i = end < 0 ? json.length() : end + 1;
      } else if (json.startsWith("/*", i)) {
        int end = json.indexOf("*/", i + 2);
        i = end < 0 ? json.length() : end + 2;
      } else {
        i++;
      }
    }
    return out.toString();
  }

  /** Decodes the string starting at {@code from} into {@code value}; the index after it. */
  private static int readJsonString(String json, int from, char quote, StringBuilder value) {
    int i = from;
    while (i < json.length() && json.charAt(i) != quote) {
      char c = json.charAt(i++);
      if (c != '\\' || i == json.length()) {
        value.append(c);
        continue;
      }
      char e = json.charAt(i++);
      switch (e) {
        case 'n' -> value.append('\n');
        case 't' -> value.append('\t');
        case 'r' -> value.append('\r');
        case 'b' -> value.append('\b');
        case 'f' -> value.append('\f');
        case 'u' -> {
          if (i + 4 <= json.length() && json.substring(i, i + 4).matches("[0-9A-Fa-f]{4}")) {
            value.append((char) Integer.parseInt(json.substring(i, i + 4), 16));
            i += 4;
          } else {
            value.append('u');
          }
        }
        default -> value.append(e);
      }
    }
    return i + 1;
  }

  /** Whether the text holds a tag as jobnorm tells one: {@code <} then a letter or a slash. */
  private static boolean holdsTag(CharSequence s) {
    for (int i = 0; i + 1 < s.length(); i++) {
      if (s.charAt(i) == '<' && (Character.isLetter(s.charAt(i + 1)) || s.charAt(i + 1) == '/')) {
        return true;
      }
    }
    return false;
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

  /** Every text of the sections, for tag checks. */
  public static List<String> texts(List<Section> sections) {
    List<String> out = new ArrayList<>();
    for (Section s : sections) {
      if (s.heading() != null) {
        out.add(s.heading());
      }
      out.add(s.text());
      out.addAll(s.items());
    }
    return out;
  }

  private static JobPostingBuilder minimal() {
    return JobPosting.builder().id("fuzz:1").source(Source.of(SourceFormat.TEXT));
  }

  private static void collectTags(JsonNode node, String path, String literal, List<String> found) {
    if (node.isTextual()) {
      Matcher m = HTML_TAG.matcher(node.textValue());
      while (m.find()) {
        if (!literal.contains(m.group()) && !literal.contains(squeezed(m.group()))) {
          found.add(path + ": " + m.group());
          break;
        }
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        collectTags(node.get(i), path + "[" + i + "]", literal, found);
      }
    } else if (node.isObject()) {
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        if (path.isEmpty() && (e.getKey().equals("warnings") || e.getKey().equals("source"))) {
          continue;
        }
        collectTags(e.getValue(), path.isEmpty() ? e.getKey() : path + "." + e.getKey(), literal,
            found);
      }
    }
  }
}
