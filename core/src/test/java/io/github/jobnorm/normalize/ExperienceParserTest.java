package io.github.jobnorm.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jobnorm.model.YearsRange;
import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Years of experience required. */
class ExperienceParserTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', nullValues = "-", value = {
    "3+ years of experience in Java|3|-", "3-5 years of experience|3|5",
    "At least five years of professional experience|5|-",
    "Minimum of 2 years working in a laboratory|2|-",
    "5+ years of hands-on software engineering experience|5|-",
    "Experience: 4 years|4|-", "2 to 4 years' experience in sales|2|4",
    "We have been 25 years in business. You bring 3+ years of experience.|3|-"
  })
  void finds(String text, BigDecimal min, BigDecimal max) {
    assertThat(ExperienceParser.find(text).orElseThrow().value())
        .isEqualTo(new YearsRange(min, max));
  }

  @ParameterizedTest
  @ValueSource(strings = {"We have been 5 years in business.", "Founded 20 years ago.",
      "A 3 year warranty on every product.", "The role is for 2 years.", ""})
  void ignores(String text) {
    assertThat(ExperienceParser.find(text)).isEmpty();
  }
}
