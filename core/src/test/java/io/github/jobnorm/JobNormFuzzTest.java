package io.github.jobnorm;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.jobnorm.internal.InputDecoder;
import io.github.jobnorm.testing.PostingInvariants;
import java.io.ByteArrayInputStream;

/**
 * The facade on arbitrary bytes: every input ends in sound postings or a typed failure that is
 * not a caught defect. Without {@code JAZZER_FUZZ} this replays the inputs under
 * {@code JobNormFuzzTestInputs/parseBytes/}; the {@code fuzz} profile fuzzes it.
 */
class JobNormFuzzTest {
  // Dictionary entries hold no line breaks: Jazzer writes them one per line, unescaped.

  @FuzzTest
  @DictionaryEntries({
    "<html>", "</html>", "<body>", "<div class=\"description\">", "<ul>", "<li>", "</li>",
    "<script type=\"application/ld+json\">", "</script>", "\"@type\":\"JobPosting\"",
    "\"@context\":\"https://schema.org\"", "\"title\":", "\"description\":", "\"baseSalary\":",
    "\"hiringOrganization\":", "\"jobLocation\":", "https://www.linkedin.com/jobs/view/",
    "About the job", "Responsibilities", "Qualifications", "Benefits", "\u2022 ",
    "$45/hr", "$120,000 - $150,000 a year", "Remote", "Hybrid", "Full-time", "Internship",
    "San Francisco, CA", "applicants", "2 weeks ago", "\uFEFF"
  })
  void parseBytes(byte[] input) {
    ParseResult result = JobNorm.parse(new ByteArrayInputStream(input), ParseOptions.defaults());
    // Tag-like text the page shows as text (broken markup, a title's contents, what a JSON-LD
    // description shows) may stay.
    PostingInvariants.assertSound(result, PostingInvariants.Shown.page(decoded(input)));
  }

  /** The text as the pipeline decodes it (UTF-16, windows-1252...), or empty when it cannot. */
  private static String decoded(byte[] input) {
    try {
      return InputDecoder.decode(input, "fuzz").text();
    } catch (InputDecoder.DecodeException e) {
      return "";
    }
  }
}
