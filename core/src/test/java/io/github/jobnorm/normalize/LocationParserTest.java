package io.github.jobnorm.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jobnorm.model.Location;
import io.github.jobnorm.model.WorkplaceType;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The shapes of location strings and the ambiguity rules. */
class LocationParserTest {
  private static final LocationParser PARSER = LocationParser.standard();

  private static Location only(String text, String hint) {
    List<Location> all = PARSER.parse(text, hint).locations();
    assertThat(all).as(text).hasSize(1);
    return all.get(0);
  }

  @ParameterizedTest(name = "{0} (hint {1})")
  @CsvSource(delimiter = '|', nullValues = "-", value = {
    "US|-|-|-|US", "United States|-|-|-|US", "Türkiye|-|-|-|TR", "Isle of Man|-|-|-|IM",
    "Eswatini|-|-|-|SZ", "Malta|-|-|-|MT", "Deutschland|-|-|-|DE", "UAE|-|-|-|AE",
    "San Diego, CA|-|San Diego|CA|US", "Toronto, CA|-|Toronto|ON|CA",
    "Paris, TX|-|Paris|TX|US", "Paris|-|Paris|IDF|FR", "London, ON|-|London|ON|CA",
    "London|-|London|ENG|GB", "Cambridge, MA|-|Cambridge|MA|US",
    "Washington, DC|-|Washington|DC|US", "Washington, District of Columbia|-|Washington|DC|US",
    "'Washington, United States'|-|-|WA|US", "Seattle, Washington|-|Seattle|WA|US",
    "Georgia|-|-|-|GE", "Georgia|US|-|GA|US", "Atlanta, Georgia|-|Atlanta|GA|US",
    "Tbilisi, Georgia|-|Tbilisi|-|GE", "Perth, WA|AU|Perth|WA|AU",
    "Camberwell VIC 3124|-|Camberwell|VIC|AU", "Mascot NSW|-|Mascot|NSW|AU",
    "Tel Aviv-Yafo, Tel Aviv District, Israel|-|Tel Aviv|TA|IL",
    "San Francisco, California, United States|-|San Francisco|CA|US",
    "Israel, Multiple Locations, Multiple Locations|-|-|-|IL",
    "Greater Sydney Area|-|Sydney|NSW|AU", "New York City Metropolitan Area|-|New York|NY|US",
    "Austin, Texas Metropolitan Area|-|Austin|TX|US",
    "San Francisco Bay Area|-|San Francisco|CA|US", "Amsterdam Area|-|Amsterdam|NH|NL",
    "Dallas-Fort Worth Metroplex|-|Dallas|TX|US", "The Randstad, Netherlands|-|-|-|NL",
    "Paris, A8, FR|-|Paris|IDF|FR", "Brisbane, QLD, AU|-|Brisbane|QLD|AU",
    "CA, US|-|-|CA|US", "Dorking, Surrey, Surrey|-|Dorking|SRY|GB",
    "Birmingham, West Midlands|-|Birmingham|West Midlands|GB",
    "Madrid, Community of Madrid, Spain|-|Madrid|MD|ES", "Berlin|-|Berlin|BE|DE",
    "Riverside County, CA|-|-|CA|US", "Wales, Wales|-|-|WLS|GB", "Surrey|GB|-|SRY|GB",
    "Belfast, Northern Ireland, United Kingdom|-|Belfast|NIR|GB",
    "Ra'anana, Center District, Israel|-|Ra'anana|M|IL", "Cairo, Egypt|-|Cairo|C|EG"
  })
  void resolves(String text, String hint, String city, String region, String country) {
    Location l = only(text, hint);
    assertThat(l.raw()).isEqualTo(text);
    assertThat(l.city()).isEqualTo(city);
    assertThat(l.region()).isEqualTo(region);
    assertThat(l.country()).isEqualTo(country);
    assertThat(l.remote()).isFalse();
  }

  @Test
  void noBreakAndThinSpacesCollapseLikeSpaces() {
    Location l = only("\u00A0San\u00A0Diego,\u2009\u202FCA\u00A0", null);
    assertThat(l.raw()).isEqualTo("San Diego, CA");
    assertThat(l.city()).isEqualTo("San Diego");
    assertThat(l.region()).isEqualTo("CA");
    assertThat(l.country()).isEqualTo("US");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "-", value = {
    "Remote|-", "Anywhere|-", "Remote - US|US", "Remote (Canada)|CA", "United States (Remote)|US",
    "Remote, US|US", "Anywhere in the US|US", "Worldwide|-"
  })
  void remoteScopes(String text, String country) {
    LocationResult r = PARSER.parse(text, null);
    assertThat(r.locations()).hasSize(1);
    assertThat(r.locations().get(0).remote()).isTrue();
    assertThat(r.locations().get(0).country()).isEqualTo(country);
    assertThat(r.workplaceType()).isEqualTo(WorkplaceType.REMOTE);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "Fully Remote - London|REMOTE", "100% Remote - London|REMOTE", "Remote - London|REMOTE",
    "Hybrid - London|HYBRID", "On-site - London|ON_SITE", "Onsite - London|ON_SITE",
    "In-office - London|ON_SITE", "In Office - London|ON_SITE", "In-person - London|ON_SITE",
    "In Person - London|ON_SITE", "WFH - London|REMOTE", "Work from home - London|REMOTE",
    "Telecommute - London|REMOTE", "London (100% remote)|REMOTE", "London (in person)|ON_SITE"
  })
  void everyWorkplaceWordAroundAPlaceIsRead(String text, WorkplaceType expected) {
    LocationResult r = PARSER.parse(text, null);
    assertThat(r.workplaceType()).isEqualTo(expected);
    assertThat(r.locations()).hasSize(1);
    assertThat(r.locations().get(0).city()).isEqualTo("London");
  }

  @Test
  void workplaceWordsAroundAPlace() {
    LocationResult hybrid = PARSER.parse("Hybrid - London", null);
    assertThat(hybrid.workplaceType()).isEqualTo(WorkplaceType.HYBRID);
    assertThat(hybrid.locations())
        .containsExactly(new Location("Hybrid - London", "London", "ENG", "GB", false));
    LocationResult ny = PARSER.parse("New York, NY (Hybrid)", null);
    assertThat(ny.workplaceType()).isEqualTo(WorkplaceType.HYBRID);
    assertThat(ny.locations().get(0).city()).isEqualTo("New York");
    assertThat(PARSER.parse("Austin, TX (On-site)", null).workplaceType())
        .isEqualTo(WorkplaceType.ON_SITE);
  }

  @Test
  void severalPlacesInOneString() {
    List<Location> india = PARSER.parse(
        "Kolkata, Mumbai, New Delhi, Hyderabad, Pune, Chennai, Bengaluru", null).locations();
    assertThat(india).extracting(Location::city).containsExactly("Kolkata", "Mumbai",
        "New Delhi", "Hyderabad", "Pune", "Chennai", "Bengaluru");
    assertThat(india).extracting(Location::country).containsOnly("IN");

    List<Location> israel = PARSER.parse("Petah-Tikva / Yokneam, Israel", null).locations();
    assertThat(israel).extracting(Location::city).containsExactly("Petah Tikva", "Yokneam");
    assertThat(israel).extracting(Location::country).containsOnly("IL");

    List<Location> mixed = PARSER.parse("Austin, TX; London, UK | Remote", null).locations();
    assertThat(mixed).extracting(Location::country).containsExactly("US", "GB", null);
    assertThat(mixed.get(2).remote()).isTrue();
    assertThat(PARSER.parse("Berlin or Munich", null).locations())
        .extracting(Location::city).containsExactly("Berlin", "Munich");
  }

  @Test
  void unknownWordsStayRawWithNulls() {
    LocationResult r = PARSER.parse("Planet Zog, Outer Rim", null);
    assertThat(r.locations()).containsExactly(Location.unresolved("Planet Zog, Outer Rim"));
    assertThat(PARSER.parse("  ", null).locations()).isEmpty();
    assertThat(PARSER.parse(null, "US").locations()).isEmpty();
    assertThat(PARSER.parse("European Union", null).locations())
        .containsExactly(Location.unresolved("European Union"));
  }

  @Test
  void anAmbiguousCityIsLeftUnsetWithAWarning() {
    // Ryde, New South Wales and Ryde, Isle of Wight are of a size
    LocationResult r = PARSER.parse("Ryde", null);
    assertThat(r.locations().get(0).country()).isNull();
    assertThat(r.warnings()).anyMatch(w -> w.contains("Ryde"));
    assertThat(only("Ryde", "AU").country()).isEqualTo("AU");
  }

  @Test
  void aCityTwoAndAHalfTimesLargerThanItsNamesakeIsTakenWithAWarning() {
    // Hyderabad, India (3.6 M) and Hyderabad, Pakistan (1.4 M)
    LocationResult r = PARSER.parse("Hyderabad", null);
    assertThat(r.locations().get(0).country()).isEqualTo("IN");
    assertThat(r.locations().get(0).region()).isEqualTo("TG");
    assertThat(r.warnings()).containsExactly(
        "\"Hyderabad\" also names a city in PK; took IN, whose city is the larger");
    assertThat(only("Hyderabad", "PK").country()).isEqualTo("PK");
    // a sure neighbour settles it: Karachi is only in Pakistan
    LocationResult list = PARSER.parse("Hyderabad, Karachi", null);
    assertThat(list.locations()).extracting(Location::country).containsExactly("PK", "PK");
    // in either order: a doubtful Hyderabad is no large city that Karachi could be a district of
    assertThat(PARSER.parse("Karachi, Hyderabad", null).locations())
        .extracting(Location::country).containsExactly("PK", "PK");
    assertThat(PARSER.parse("Hyderabad, Ahmedabad", null).locations())
        .extracting(Location::country).containsExactly("IN", "IN");
  }

  @Test
  void aRegionNamedLikeACityAbroadIsWeighedByPopulation() {
    // Ontario, Canada (14.2 M) against Ontario, California (171 k)
    LocationResult ontario = PARSER.parse("Ontario", null);
    assertThat(ontario.locations().get(0)).extracting(Location::region, Location::country)
        .containsExactly("ON", "CA");
    assertThat(ontario.warnings()).isEmpty();
    // the region's country holds the larger city of the name: Birmingham, England (984 k)
    // against Birmingham, Alabama (212 k)
    assertThat(only("Birmingham", null)).extracting(Location::city, Location::country)
        .containsExactly("Birmingham", "GB");
    // Surrey, England (1.2 M) is three times Surrey, British Columbia (395 k): taken, and said
    LocationResult surrey = PARSER.parse("Surrey", null);
    assertThat(surrey.locations().get(0)).extracting(Location::region, Location::country)
        .containsExactly("SRY", "GB");
    assertThat(surrey.warnings()).containsExactly(
        "\"Surrey\" also names a city in CA; took GB, whose place of that name is the larger");
    assertThat(only("Surrey", "CA")).extracting(Location::city, Location::country)
        .containsExactly("Surrey", "CA");
    // no population weighs the London borough against Westminster, Colorado (113 k)
    LocationResult westminster = PARSER.parse("Westminster", null);
    assertThat(westminster.locations().get(0).country()).isNull();
    assertThat(westminster.warnings()).anyMatch(w -> w.contains("Westminster"));
  }
}
