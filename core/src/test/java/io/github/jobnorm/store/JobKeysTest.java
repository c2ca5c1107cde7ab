package io.github.jobnorm.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.jobnorm.internal.RuleLines;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The folded keys of companies and titles, every rule file example, and SimHash on big input. */
class JobKeysTest {

  /** The key of each example of company-suffixes.tsv; a new row needs its expected key here. */
  private static final Map<String, String> SUFFIX_EXAMPLE_KEYS = Map.ofEntries(
      Map.entry("Northwind Labs, Inc.", "northwind labs"),
      Map.entry("Acme Incorporated", "acme"),
      Map.entry("Harbor Health LLC", "harbor health"),
      Map.entry("Truvify Ltd.", "truvify"),
      Map.entry("Tata Consultancy Services Limited", "tata consultancy services"),
      Map.entry("Acme Corp.", "acme"),
      Map.entry("Microsoft Corporation", "microsoft"),
      Map.entry("Acme Holdings Co.", "acme holdings"),
      Map.entry("The Coca-Cola Company", "the coca cola"),
      Map.entry("Barclays PLC", "barclays"),
      Map.entry("Heidi Health GmbH", "heidi health"),
      Map.entry("Siemens AG", "siemens"),
      Map.entry("SAP SE", "sap"),
      Map.entry("Ubisoft S.A.", "ubisoft"),
      Map.entry("Doctolib SAS", "doctolib"),
      Map.entry("Atelier Lumière SARL", "atelier lumiere"),
      Map.entry("Bending Spoons S.r.l.", "bending spoons"),
      Map.entry("Enel S.p.A.", "enel"),
      Map.entry("Adyen B.V.", "adyen"),
      Map.entry("Philips N.V.", "philips"),
      Map.entry("Spotify AB", "spotify"),
      Map.entry("Kahoot! AS", "kahoot"),
      Map.entry("Supercell Oy", "supercell"),
      Map.entry("Canva Pty Ltd", "canva"),
      Map.entry("Grab Pte. Ltd.", "grab"),
      Map.entry("Rakuten K.K.", "rakuten"),
      Map.entry("Bridgewater Associates, LP", "bridgewater associates"),
      Map.entry("Baker McKenzie LLP", "baker mckenzie"));

  @Test
  void everyLegalFormExampleLosesItsSuffix() {
    List<String> examples = new ArrayList<>();
    for (String[] row : RuleLines.read(JobKeys.class, "company-suffixes.tsv", 2)) {
      examples.add(row[1]);
      assertThat(JobKeys.company(row[1])).as(row[1]).isEqualTo(SUFFIX_EXAMPLE_KEYS.get(row[1]));
    }
    assertThat(examples).containsExactlyInAnyOrderElementsOf(SUFFIX_EXAMPLE_KEYS.keySet());
    assertThat(JobKeys.company("Northwind Labs, Inc.")).isEqualTo("northwind labs");
    assertThat(JobKeys.company("Canva Pty Ltd")).isEqualTo("canva");
    assertThat(JobKeys.company("Procter & Gamble Co.")).isEqualTo("procter and gamble");
    assertThat(JobKeys.company("Société Générale S.A.")).isEqualTo("societe generale");
    assertThat(JobKeys.company("Inc.")).as("a name that is only a legal form").isEqualTo("inc");
    assertThat(JobKeys.company(" , ")).isNull();
  }

  @Test
  void everyTitleAbbreviationExampleIsWrittenOut() {
    for (String[] row : RuleLines.read(JobKeys.class, "title-words.tsv", 3)) {
      assertThat(JobKeys.title(row[2]).split(" ")).as(row[2]).contains(row[1])
          .doesNotContain(row[0]);
    }
    assertThat(JobKeys.title("Sr. Data Engineer (m/f/d)")).isEqualTo("senior data engineer m f d");
    assertThat(JobKeys.title("Senior Data Engineer")).isEqualTo("senior data engineer");
  }

  @Test
  void simHashIsLinearOnMegabytesOfAdversarialText() {
    String words = "data ".repeat(400_000) + "é\u0301".repeat(200_000) + "x-".repeat(500_000);
    SimHash.Fingerprint f = assertTimeoutPreemptively(Duration.ofSeconds(20),
        () -> SimHash.of(words));
    assertThat(f.words()).isGreaterThan(400_000);
    assertThat(SimHash.of("two words").hash()).isZero();
    assertThat(SimHash.distance(SimHash.of("a b c d e").hash(), SimHash.of("A, b; c d e!").hash()))
        .isZero();
  }
}
