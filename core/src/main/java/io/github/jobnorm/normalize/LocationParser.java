package io.github.jobnorm.normalize;

import io.github.jobnorm.model.Location;
import io.github.jobnorm.model.WorkplaceType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns location strings ("San Francisco, CA", "Remote - US", "Tel Aviv-Yafo, Tel Aviv District,
 * Israel") into {@link Location}s with ISO codes. Never throws: unknown words stay in {@code raw}.
 *
 * <p>A string may hold several places ("Pune, Chennai", "Petah-Tikva / Yokneam, Israel", "NYC;
 * Remote"); each becomes one location, and a place without a country takes the country the
 * others state when its city is there. A workplace word around a place ("Hybrid - London", "New
 * York, NY (Hybrid)") sets {@link LocationResult#workplaceType()}; a remote scope ("Remote - US",
 * "Anywhere") is a location with {@code remote} true. Ambiguous words are settled by their
 * neighbours and the country hint, and are left unset, with a warning, when they cannot be.
 *
 * <pre>{@code
 * LocationResult r = LocationParser.standard().parse("Austin, TX", null);
 * // r.locations().get(0): city Austin, region TX, country US
 * }</pre>
 */
public final class LocationParser {
  private static final LocationParser STANDARD = new LocationParser();
  /** Far longer than any list of places a posting gives; longer text is not read as places. */
  private static final int MAX_LENGTH = 10_000;

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
    String hint = countryHint == null || countryHint.isBlank()
        ? null : countryHint.strip().toUpperCase(Locale.ROOT);
    String raw = Fold.collapse(text);
    if (raw.length() > MAX_LENGTH) {
      return new LocationResult(List.of(Location.unresolved(raw)), null,
          List.of("location text of " + raw.length() + " characters is too long to be a place;"
              + " kept as written"));
    }
    List<String> warnings = new ArrayList<>();
    PlaceResolver resolver = new PlaceResolver(Gazetteer.get(), hint, warnings);
    List<Location> locations = new ArrayList<>();
    WorkplaceType workplace = null;
    for (LocationShapes.Entry entry : LocationShapes.entries(raw)) {
      if (workplace == null) {
        workplace = entry.workplace();
      }
      List<PlaceResolver.Place> places = resolver.resolve(LocationShapes.parts(entry.place()));
      if (places.isEmpty()) {
        if (entry.remoteScope()) {
          locations.add(new Location(entry.raw(), null, null, null, true));
        } else if (entry.workplace() == null) {
          locations.add(Location.unresolved(entry.raw()));
        }
        continue;
      }
      String entryRaw = places.size() == 1 ? entry.raw() : null;
      for (PlaceResolver.Place p : places) {
        String placeRaw = entryRaw != null ? entryRaw : p.city() != null ? p.city() : entry.raw();
        locations.add(new Location(placeRaw, p.city(), p.region(), p.country(),
            entry.remoteScope()));
      }
    }
    if (locations.isEmpty()) {
      locations.add(Location.unresolved(raw));
    }
    return new LocationResult(shareCountry(locations), workplace, warnings);
  }

  /**
   * "Petah-Tikva / Yokneam, Israel": a place without a country takes the one country the
   * others name, when its city is known there.
   */
  private static List<Location> shareCountry(List<Location> locations) {
    String only = null;
    for (Location l : locations) {
      if (l.country() != null) {
        if (only != null && !only.equals(l.country())) {
          return locations;
        }
        only = l.country();
      }
    }
    if (only == null) {
      return locations;
    }
    List<Location> out = new ArrayList<>(locations.size());
    for (Location l : locations) {
      if (l.country() == null && !l.remote()) {
        for (Gazetteer.City c : Gazetteer.get().citiesNamed(l.raw())) {
          if (c.country().equals(only)) {
            l = new Location(l.raw(), c.name(), c.region(), only, false);
            break;
          }
        }
      }
      out.add(l);
    }
    return out;
  }
}
