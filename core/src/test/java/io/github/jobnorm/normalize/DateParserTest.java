package io.github.jobnorm.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Posting dates and deadlines. */
class DateParserTest {
  private static final Instant REF = Instant.parse("2025-03-15T10:00:00Z");

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "2025-01-15|2025-01-15", "2025-01-15T08:30:00Z|2025-01-15", "Posted 3 days ago|2025-03-12",
    "2 weeks ago|2025-03-01", "Reposted 1 month ago|2025-02-15", "30+ days ago|2025-02-13",
    "Just posted|2025-03-15", "Today|2025-03-15", "yesterday|2025-03-14",
    "vor 3 Tagen|2025-03-12", "vor einer Woche|2025-03-08", "il y a 2 jours|2025-03-13",
    "il y a 3 semaines|2025-02-22", "5 dagen geleden|2025-03-10", "12 hours ago|2025-03-14",
    "an hour ago|2025-03-15", "3d ago|2025-03-12", "June 30, 2025|2025-06-30",
    "30 June 2025|2025-06-30", "30. Juni 2025|2025-06-30", "15/01/2025|2025-01-15",
    "1713397508000.0|2024-04-17", "1 year ago|2024-03-15"
  })
  void parses(String text, LocalDate expected) {
    assertThat(DateParser.parse(text, REF).orElseThrow().value()).isEqualTo(expected);
  }

  @Test
  void relativeDatesNeedAReference() {
    assertThat(DateParser.parse("3 days ago", null)).isEmpty();
    assertThat(DateParser.isRelative("3 days ago")).isTrue();
    assertThat(DateParser.isRelative("vor 3 Tagen")).isTrue();
    assertThat(DateParser.isRelative("2025-01-15")).isFalse();
    assertThat(DateParser.parse("2025-01-15", null).orElseThrow().value())
        .isEqualTo(LocalDate.of(2025, 1, 15));
  }

  @Test
  void theFoundTextIsTheDateWords() {
    Found<LocalDate> found = DateParser.parse("Posted 3 days ago", REF).orElseThrow();
    assertThat(found.text()).isEqualTo("3 days ago");
    assertThat(found.start()).isEqualTo(7);
  }

  @ParameterizedTest
  @ValueSource(strings = {"03/04/2025", "soon", "", "Posted by a recruiter", "2025-13-40"})
  void nothingWhenUnsure(String text) {
    assertThat(DateParser.parse(text, REF)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "Apply by 30 June 2025 with your CV.|2025-06-30",
    "Closing date: 15/07/2025|2025-07-15",
    "Applications close on Friday, 4 April 2025.|2025-04-04",
    "Application deadline: 2025-05-01|2025-05-01",
    "Please apply by June 30.|2025-06-30",
    "Deadline for applications is March 20th, 2025|2025-03-20",
    "Bewerbungsfrist: 30.04.2025|2025-04-30"
  })
  void deadlines(String text, LocalDate expected) {
    assertThat(DateParser.findDeadline(text, REF).orElseThrow().value()).isEqualTo(expected);
  }

  @Test
  void noDeadlineWithoutACue() {
    assertThat(DateParser.findDeadline("Founded on 30 June 2001, we grow fast.", REF)).isEmpty();
    assertThat(DateParser.findDeadline("Please apply by June 30.", null)).isEmpty();
  }
}
