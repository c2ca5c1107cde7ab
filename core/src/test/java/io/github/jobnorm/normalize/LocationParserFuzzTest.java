package io.github.jobnorm.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.jobnorm.model.JobPostings;
import io.github.jobnorm.testing.PostingInvariants;
import java.nio.charset.StandardCharsets;

/**
 * The location parser on arbitrary strings: it never throws, every location is valid under the
 * contract (ISO codes, a raw text), and the same string always gives the same answer.
 */
class LocationParserFuzzTest {
  private static final String[] COUNTRIES = {null, "US", "GB", "DE", "IN", "AU", "IL", "NL"};

  @FuzzTest
  @DictionaryEntries({
    ", ", " - ", "; ", " / ", " | ", " or ", "(", ")", "Remote", "Hybrid", "On-site",
    "Anywhere", "United States", "USA", "US", "CA", "NY", "England", "United Kingdom",
    "Greater ", " Area", " Metropolitan", "Bay Area", "San Francisco", "London", "Tel Aviv-Yafo",
    " District", "Bengaluru", "Karnataka", "India", "Ontario", "EMEA", "Europe"
  })
  void parse(byte[] input) {
    String text = new String(input, StandardCharsets.UTF_8);
    // The hint is chosen by the text, so that inputs stay plain text files.
    String hint = COUNTRIES[Math.floorMod(text.hashCode(), COUNTRIES.length)];
    LocationResult result = LocationParser.standard().parse(text, hint);
    assertThat(result).isNotNull();
    assertThat(JobPostings.validate(PostingInvariants.withLocations(result.locations())))
        .as("locations of %s", text)
        .isEmpty();
    assertThat(result.warnings()).allSatisfy(w -> assertThat(w).isNotBlank());
    assertThat(LocationParser.standard().parse(text, hint)).isEqualTo(result);
  }
}
