package io.github.jobnorm.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The location parser's expressions stay linear on multi-megabyte adversarial strings, and the
 * parser never throws on them: it keeps a string too long to be a place as written, and reads
 * a long list of places in time linear in its length.
 */
class LocationLinearTimeTest {
  /** Generous: a linear pass over 2 MB takes seconds on a busy machine, a backtracking one hours. */
  private static final Duration LIMIT = Duration.ofSeconds(60);

  static List<String> adversarial() {
    return List.of(
        "Remote - ".repeat(220_000),
        "a ".repeat(1_000_000),
        "Greater New York City Metropolitan Area ".repeat(50_000),
        ("(" + "x".repeat(70) + " ").repeat(25_000),
        "San Francisco, CA, ".repeat(100_000),
        "Derby Derbyshire East Midlands ".repeat(60_000),
        " / ; | or ".repeat(200_000),
        "AB1 2CD 12345 ".repeat(140_000),
        "(Hybrid)".repeat(250_000));
  }

  @Test
  void everyShapeIsLinear() {
    for (String text : adversarial()) {
      assertTimeoutPreemptively(LIMIT, () -> {
        LocationResult r = LocationParser.standard().parse(text, null);
        assertThat(r.locations()).hasSize(1);
        assertThat(r.warnings()).anyMatch(w -> w.contains("too long"));
        LocationShapes.entries(text);
        LocationShapes.parts(text);
        MetroNames.core(text);
        PostalCodes.strip(text);
        Fold.key(text);
      }, () -> "too slow on input starting " + text.substring(0, 30));
    }
  }

  @Test
  void aLongListOfPlacesIsReadInLinearTime() {
    String list = "Austin, TX; ".repeat(800);
    assertTimeoutPreemptively(LIMIT, () -> {
      assertThat(LocationParser.standard().parse(list, null).locations()).hasSize(800);
    });
  }

  @Test
  void eachPieceOfTheParserIsLinearOnOneLongPart() {
    String part = "North " + "Yorkshire ".repeat(200_000) + "Metropolitan Area";
    assertTimeoutPreemptively(LIMIT, () -> {
      MetroNames.core(part);
      MetroNames.afterCompass(part);
      PostalCodes.strip(part);
      LocationShapes.parts(part);
      LocationShapes.entries(part);
    });
  }
}
