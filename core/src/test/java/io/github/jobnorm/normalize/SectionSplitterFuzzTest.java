package io.github.jobnorm.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.jobnorm.model.JobPosting;
import io.github.jobnorm.model.JobPostings;
import io.github.jobnorm.source.DescriptionFormat;
import io.github.jobnorm.testing.PostingInvariants;
import java.nio.charset.StandardCharsets;

/**
 * The section splitter on arbitrary text and HTML: it never throws, its parts are valid under
 * the contract, and nothing it returns from HTML still holds a tag.
 */
class SectionSplitterFuzzTest {

  @FuzzTest
  @DictionaryEntries({
    "# ", "## ", "**", "- ", "* ", "\u2022 ", "1. ", ":", "Responsibilities",
    "What you'll do", "Requirements", "Qualifications", "Preferred Qualifications",
    "Nice to have", "Benefits", "Perks", "About us", "About the role", "Equal Opportunity",
    "How to apply", "Salary", "is a plus", "is desirable", "preferably"
  })
  void splitText(byte[] input) {
    String description = new String(input, StandardCharsets.UTF_8);
    SplitResult result = SectionSplitter.split(description, DescriptionFormat.TEXT);
    assertValid(result);
  }

  @FuzzTest
  @DictionaryEntries({
    "<p>", "</p>", "<br>", "<br/>", "<ul>", "</ul>", "<ol>", "<li>", "</li>", "<h2>", "</h2>",
    "<h3>", "<strong>", "</strong>", "<b>", "<em>", "<div>", "</div>", "<span>", "&nbsp;",
    "&amp;", "&lt;", "<script>", "<style>", "<table><tr><td>", "<!--", "-->",
    "Responsibilities", "Requirements", "Qualifications", "Benefits", "About the job"
  })
  void splitHtml(byte[] input) {
    String description = new String(input, StandardCharsets.UTF_8);
    SplitResult result = SectionSplitter.split(description, DescriptionFormat.HTML);
    JobPosting posting = assertValid(result);
    // Tag-like text that the markup shows as text (a stray "<" before "i>") may stay.
    PostingInvariants.assertNoHtmlTags(posting, PostingInvariants.Shown.fragment(description));
  }

  private static JobPosting assertValid(SplitResult result) {
    assertThat(result).isNotNull();
    // the splitter catches its own failures into a warning: none may reach that fallback
    assertThat(result.warnings()).isEmpty();
    JobPosting posting = PostingInvariants.withSplit(result);
    assertThat(JobPostings.validate(posting)).isEmpty();
    return posting;
  }
}
