package io.github.jobnorm.store;

import io.github.jobnorm.model.JobPosting;
import io.github.jobnorm.model.Location;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What duplicate detection compares of a posting: its company and title keys ({@link JobKeys}),
 * its places, and the SimHash of its description.
 *
 * @param company the company key, or null
 * @param title the title key, or null
 * @param places the places, in posting order
 * @param simhash the description's SimHash
 * @param words how many words the description has
 */
public record DuplicateKey(
    String company, String title, List<Place> places, long simhash, int words) {

  /** Copies the places. */
  public DuplicateKey {
    places = List.copyOf(places);
  }

  /**
   * A place as compared: city key, ISO country, whether it is a remote scope, and the folded raw
   * words for places nothing was resolved of.
   *
   * @param city the folded city, or null
   * @param country the ISO 3166-1 alpha-2 code, or null
   * @param remote whether this is a remote scope ("Remote - US")
   * @param raw the folded words as written
   */
  public record Place(String city, String country, boolean remote, String raw) {
    /** Requires the raw words. */
    public Place {
      Objects.requireNonNull(raw, "raw == null");
    }

    /**
     * Whether two places can be the same: the countries agree (or one is unknown) and the cities
     * agree (or one is unknown), and both are places or both remote scopes. A place of which
     * neither city nor country is known overlaps only a place written with the same words; a
     * remote scope of unknown country overlaps any remote scope.
     */
    public boolean overlaps(Place o) {
      if (remote != o.remote) {
        return false;
      }
      boolean unresolved = city == null && country == null;
      boolean otherUnresolved = o.city == null && o.country == null;
      if (unresolved || otherUnresolved) {
        return unresolved && otherUnresolved ? raw.equals(o.raw) : remote;
      }
      return agree(country, o.country) && agree(city, o.city);
    }

    private static boolean agree(String a, String b) {
      return a == null || b == null || a.equals(b);
    }

    /** {@code city|country|remote|raw}, as stored. */
    String encode() {
      return (city == null ? "" : city) + "|" + (country == null ? "" : country) + "|"
          + (remote ? "1" : "0") + "|" + raw.replace(';', ' ').replace('|', ' ');
    }

    static Place decode(String s) {
      String[] p = s.split("\\|", 4);
      return new Place(p[0].isEmpty() ? null : p[0], p[1].isEmpty() ? null : p[1],
          p[2].equals("1"), p[3]);
    }
  }

  /** The key of a posting. */
  public static DuplicateKey of(JobPosting p) {
    List<Place> places = new ArrayList<>();
    for (Location l : p.locations()) {
      places.add(new Place(l.city() == null ? null : JobKeys.fold(l.city()),
          l.country() == null ? null : l.country().toUpperCase(Locale.ROOT), l.remote(),
          JobKeys.fold(l.raw())));
    }
    SimHash.Fingerprint f = SimHash.of(p.description());
    return new DuplicateKey(p.company() == null ? null : JobKeys.company(p.company().name()),
        JobKeys.title(p.title()), places, f.hash(), f.words());
  }

  /** Whether some place of this posting overlaps some place of the other. */
  public boolean placesOverlap(DuplicateKey o) {
    for (Place a : places) {
      for (Place b : o.places) {
        if (a.overlaps(b)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The places as one stored string. */
  String encodedPlaces() {
    StringBuilder b = new StringBuilder();
    for (Place p : places) {
      b.append(b.length() == 0 ? "" : ";").append(p.encode());
    }
    return b.toString();
  }

  /** The places of a stored string. */
  static List<Place> decodePlaces(String s) {
    List<Place> out = new ArrayList<>();
    if (s != null && !s.isEmpty()) {
      for (String part : s.split(";")) {
        out.add(Place.decode(part));
      }
    }
    return out;
  }
}
