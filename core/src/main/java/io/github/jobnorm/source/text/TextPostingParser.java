package io.github.jobnorm.source.text;

import io.github.jobnorm.ParseFailure;
import io.github.jobnorm.model.SourceFormat;
import io.github.jobnorm.source.DescriptionFormat;
import io.github.jobnorm.source.InputDocument;
import io.github.jobnorm.source.LinkedInUrls;
import io.github.jobnorm.source.RawPosting;
import io.github.jobnorm.source.SourceException;
import io.github.jobnorm.source.SourceParser;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a posting saved as plain text or markdown, LinkedIn-style: optional header lines
 * ({@code Title:}, {@code Company:}, {@code Location:}, {@code Link:} ...), or the top of a job
 * page copied by hand (title line, {@code Company · Location · 2 weeks ago}, an optional pay and
 * labels line, {@code About the job}); then the body, kept as text for the section splitter.
 *
 * <p>Text that has neither headers, a copied top card nor the words of a job posting is refused
 * with {@code NOT_A_POSTING}.
 */
public final class TextPostingParser implements SourceParser {
  private static final int MIN_BODY_WORDS = 30;
  /**
   * Enough text to tell a posting, as for HTML pages; a body may be up to the input limit (64
   * MiB), and lower-casing all of it to look for a few words would copy it whole.
   */
  private static final int SCAN_LIMIT = 200_000;
  private static final List<String> POSTING_WORDS = List.of("responsibilit", "qualification",
      "requirement", "experience", "role", "position", "salary", "apply", "skills", "candidate",
      "job", "team", "benefits", "hiring");

  @Override
  public String name() {
    return "text";
  }

  @Override
  public boolean supports(InputDocument document) {
    return !document.looksLikeHtml() && !document.looksLikeJson();
  }

  @Override
  public List<RawPosting> parse(InputDocument document) throws SourceException {
    String[] lines = document.text().replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
    RawPosting.Builder b = RawPosting.builder(SourceFormat.TEXT).fetchedAt(document.fetchedAt());
    int i = skipBlank(lines, 0);
    int headerCount = 0;
    String url = document.url();
    while (i < lines.length) {
      Optional<Map.Entry<HeaderField, String>> header = HeaderField.read(lines[i].strip());
      if (header.isEmpty()) {
        break;
      }
      String value = header.get().getValue();
      switch (header.get().getKey()) {
        case TITLE -> b.title(value);
        case COMPANY -> b.company(value);
        case LOCATION -> b.location(value);
        case URL -> url = value;
        case POSTED -> b.postedAt(value);
        case EMPLOYMENT_TYPE -> b.employmentType(value);
        case SENIORITY -> b.seniority(value);
        case WORKPLACE_TYPE -> b.workplaceType(value);
        case PAY -> b.payText(value);
      }
      headerCount++;
      i = skipBlank(lines, i + 1);
    }
    boolean topCard = false;
    if (headerCount == 0) {
      int after = readTopCard(lines, i, b);
      topCard = after > i;
      i = after;
    }
    String body = String.join("\n", java.util.Arrays.copyOfRange(lines, i, lines.length)).strip();
    if (headerCount == 0 && !topCard && !looksLikePosting(body)) {
      throw new SourceException(ParseFailure.Reason.NOT_A_POSTING,
          "text has no posting header lines and does not read like a job posting");
    }
    if (url == null) {
      url = findLinkedInUrl(body);
    }
    if (url != null) {
      b.url(url);
      Optional<String> jobId = LinkedInUrls.jobId(url);
      if (jobId.isPresent()) {
        b.site("linkedin").jobId(jobId.get());
      }
    }
    b.description(body, DescriptionFormat.TEXT);
    return List.of(b.build());
  }

  /**
   * Reads a hand-copied top card at {@code start}; returns the index of the first body line, or
   * {@code start} when there is no card.
   */
  private static int readTopCard(String[] lines, int start, RawPosting.Builder b) {
    if (start >= lines.length) {
      return start;
    }
    String title = lines[start].strip();
    int metaAt = skipBlank(lines, start + 1);
    if (metaAt >= lines.length || title.length() > 150 || title.endsWith(".")) {
      return start;
    }
    List<String> meta = TopCard.pieces(lines[metaAt].strip());
    if (meta.isEmpty() || TopCard.isInsights(meta)) {
      return start;
    }
    b.title(title.replaceFirst("^#+\\s*", ""));
    TopCard.readMeta(meta, b);
    int i = skipBlank(lines, metaAt + 1);
    // Lines between the card and "About the job": insights, buttons, skills; at most a few.
    int aboutAt = -1;
    for (int j = i; j < Math.min(lines.length, i + 12); j++) {
      String line = lines[j].strip().replaceFirst("^#+\\s*", "");
      if (line.equalsIgnoreCase("About the job") || line.equalsIgnoreCase("About this job")) {
        aboutAt = j;
        break;
      }
    }
    int end = aboutAt >= 0 ? aboutAt : Math.min(lines.length, i + 1);
    for (int j = i; j < end; j++) {
      List<String> pieces = TopCard.pieces(lines[j].strip());
      if (TopCard.isInsights(pieces)) {
        TopCard.readInsights(pieces, b);
      } else if (aboutAt < 0) {
        return j;
      }
    }
    return aboutAt >= 0 ? aboutAt : end;
  }

  private static boolean looksLikePosting(String body) {
    int words = 0;
    for (int i = 1; i < body.length() && words < MIN_BODY_WORDS; i++) {
      if (Character.isWhitespace(body.charAt(i)) && !Character.isWhitespace(body.charAt(i - 1))) {
        words++;
      }
    }
    if (words < MIN_BODY_WORDS) {
      return false;
    }
    String lower = body.substring(0, Math.min(body.length(), SCAN_LIMIT)).toLowerCase(Locale.ROOT);
    return POSTING_WORDS.stream().filter(lower::contains).count() >= 2;
  }

  private static String findLinkedInUrl(String body) {
    int at = body.indexOf("linkedin.com/jobs/view/");
    if (at < 0) {
      return null;
    }
    int start = body.lastIndexOf("http", at);
    if (start < 0 || at - start > 20) {
      return null;
    }
    int end = at;
    while (end < body.length() && !Character.isWhitespace(body.charAt(end))
        && body.charAt(end) != ')' && body.charAt(end) != '>') {
      end++;
    }
    String url = body.substring(start, end);
    return LinkedInUrls.jobId(url).isPresent() ? url : null;
  }

  private static int skipBlank(String[] lines, int i) {
    while (i < lines.length && lines[i].isBlank()) {
      i++;
    }
    return i;
  }
}
