package io.github.jobnorm.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jobnorm.model.Location;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Every hand-kept entry of the gazetteer files resolves as its row says. */
class GazetteerExamplesTest {
  private static final LocationParser PARSER = LocationParser.standard();

  /** The English name of a country code, as a region alias is written after its region. */
  private static String countryName(String code) {
    return new Locale("", code).getDisplayCountry(Locale.ENGLISH);
  }

  @Test
  void everyCountryAliasNamesItsCountry() {
    for (String[] row : RuleFile.rows("country-aliases.tsv")) {
      assertThat(PARSER.parse(row[1], null).locations().get(0).country()).as(row[1])
          .isEqualTo(row[0]);
    }
  }

  @Test
  void everyRegionAliasNamesItsRegion() {
    for (String[] row : RuleFile.rows("region-aliases.tsv")) {
      String text = row[2] + ", " + countryName(row[0]);
      Location l = PARSER.parse(text, null).locations().get(0);
      assertThat(l.country()).as(text).isEqualTo(row[0]);
      assertThat(l.region()).as(text).isEqualTo(row[1].isEmpty() ? row[2] : row[1]);
    }
  }

  @Test
  void everyCityAliasNamesItsCity() {
    for (String[] row : RuleFile.rows("city-aliases.tsv")) {
      Location l = PARSER.parse(row[0], row[1]).locations().get(0);
      assertThat(l.city()).as(row[0]).isEqualTo(row[2]);
      assertThat(l.country()).as(row[0]).isEqualTo(row[1]);
    }
  }

  @Test
  void everyMetroNamesItsPlace() {
    for (String[] row : RuleFile.rows("metros.tsv")) {
      Location l = PARSER.parse(row[0], row[1]).locations().get(0);
      assertThat(l.country()).as(row[0]).isEqualTo(row[1]);
      assertThat(l.region()).as(row[0]).isEqualTo(row[2].isEmpty() ? null : row[2]);
      assertThat(l.city()).as(row[0]).isEqualTo(row[3].isEmpty() ? null : row[3]);
    }
  }

  @Test
  void everyWeighedRegionIsTakenAloneAndIsNamedLikeALargeCityAbroad() {
    Gazetteer gaz = Gazetteer.get();
    for (String[] row : RuleFile.rows("region-populations.tsv")) {
      Location l = PARSER.parse(row[4], null).locations().get(0);
      assertThat(l.country()).as(row[4]).isEqualTo(row[0]);
      assertThat(l.region()).as(row[4]).isEqualTo(row[1]);
      // a row is there to weigh the region against a city: without one it is not needed
      assertThat(gaz.citiesNamed(row[4])).as(row[4]).anyMatch(c -> !c.country().equals(row[0])
          && c.populationK() >= PlaceResolver.AMBIGUOUS_CITY_K);
      // the region is weighed as the larger of its figure and its country's city of the name: a
      // figure no larger than that city changes nothing
      Gazetteer.Region region = gaz.regionsNamed(row[4]).stream()
          .filter(r -> r.country().equals(row[0]) && row[1].equals(r.code()))
          .findFirst().orElseThrow();
      int homeCityK = gaz.citiesNamed(row[4]).stream().filter(c -> c.country().equals(row[0]))
          .mapToInt(Gazetteer.City::populationK).max().orElse(0);
      assertThat(gaz.populationK(region)).as(row[4]).isGreaterThan(homeCityK);
    }
  }

  @Test
  void theDerivedFilesHoldWhatTheDocsPromise() {
    assertThat(RuleFile.rows("countries.tsv")).hasSizeGreaterThanOrEqualTo(249);
    assertThat(RuleFile.rows("cities.tsv")).hasSizeGreaterThan(10_000);
    assertThat(RuleFile.rows("subdivisions.tsv"))
        .filteredOn(r -> r[0].equals("US")).hasSizeGreaterThanOrEqualTo(57);
    for (String cc : new String[] {"CA", "AU", "GB", "IN", "DE"}) {
      assertThat(RuleFile.rows("subdivisions.tsv")).filteredOn(r -> r[0].equals(cc)).as(cc)
          .isNotEmpty();
    }
  }
}
