package io.github.jobnorm.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.jobnorm.model.Location;
import io.github.jobnorm.model.WorkplaceType;
import java.time.Duration;
import java.util.ArrayList;
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

  /**
   * Parentheses become spaces; a run of thousands of them once made the metro and postal-code
   * patterns quadratic. The run is collapsed first, so the parts are the words around it.
   */
  @Test
  void emptyParenthesesUnderTheCapLeaveTheWordsAroundThem() {
    String text = "Pune" + " ()".repeat(3_000) + " West";
    List<String> parts = assertTimeoutPreemptively(LIMIT, () -> LocationShapes.parts(text));
    assertThat(parts).containsExactly("Pune West");
    assertTimeoutPreemptively(LIMIT, () -> LocationParser.standard().parse(text, null));
  }

  /** Just under the parser's cap of 10,000 characters, so that the shapes reach the resolver. */
  private static final int UNDER_CAP = 9_900;

  /**
   * Each adversarial shape cut to just under the cap is read, not refused as too long: one entry
   * kept as written, with the place or workplace the shape names, or, for a string of
   * separators, only pieces of the input, none of them a place.
   */
  @Test
  void everyShapeJustUnderTheCapIsRead() {
    List<String> shapes = adversarial();
    List<LocationResult> results = new ArrayList<>();
    for (String text : shapes) {
      String cut = text.substring(0, UNDER_CAP);
      results.add(assertTimeoutPreemptively(LIMIT,
          () -> LocationParser.standard().parse(cut, null),
          () -> "too slow on input starting " + cut.substring(0, 30)));
    }
    for (int i = 0; i < shapes.size(); i++) {
      String cut = shapes.get(i).substring(0, UNDER_CAP);
      LocationResult r = results.get(i);
      assertThat(r.warnings()).as(cut.substring(0, 30)).noneMatch(w -> w.contains("too long"));
      if (cut.startsWith(" / ; | or ")) {
        assertThat(r.locations()).isNotEmpty().allSatisfy(l -> {
          assertThat(cut).contains(l.raw());
          assertThat(l.country()).isNull();
        });
        continue;
      }
      assertThat(r.locations()).as(cut.substring(0, 30)).hasSize(1);
      assertThat(r.locations().get(0).raw()).isEqualTo(cut.strip());
    }
    assertThat(results.get(0).workplaceType()).isEqualTo(WorkplaceType.REMOTE);
    assertThat(results.get(0).locations().get(0).remote()).isTrue();
    assertThat(results.get(0).locations().get(0).country()).isNull();
    for (int i : new int[] {1, 2, 3, 7}) {
      assertThat(results.get(i).workplaceType()).isNull();
      assertThat(results.get(i).locations().get(0)).isEqualTo(Location.unresolved(
          shapes.get(i).substring(0, UNDER_CAP).strip()));
    }
    assertThat(results.get(4).locations().get(0))
        .extracting(Location::city, Location::region, Location::country, Location::remote)
        .containsExactly("San Francisco", "CA", "US", false);
    assertThat(results.get(5).locations().get(0))
        .extracting(Location::city, Location::region, Location::country, Location::remote)
        .containsExactly("Derby", "DER", "GB", false);
    assertThat(results.get(8).workplaceType()).isEqualTo(WorkplaceType.HYBRID);
    assertThat(results.get(8).locations().get(0).country()).isNull();
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
