package io.github.jobnorm.store;

import io.github.jobnorm.fetch.Board;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One source of a run file: exactly one of a Greenhouse board, a Lever site, an Ashby
 * organization, a LinkedIn search or a list of posting URLs, with an optional name and request
 * rate. The name keys the source's postings in the store, so it must not change between runs.
 *
 * @param greenhouse a Greenhouse board token, or null
 * @param lever a Lever site name, or null
 * @param ashby an Ashby organization name, or null
 * @param linkedin a LinkedIn guest search, or null
 * @param urls posting pages to fetch one by one, or null
 * @param name the source's name in the store and in events; defaults to {@code greenhouse:TOKEN}
 *     (and likewise for Lever and Ashby), {@code linkedin:KEYWORDS@LOCATION} or {@code urls}
 * @param rate requests per second to this source's host, overriding the politeness setting, or
 *     null
 */
public record SourceSpec(
    String greenhouse,
    String lever,
    String ashby,
    LinkedInSpec linkedin,
    List<String> urls,
    String name,
    Double rate) {

  /** The kinds of source a run file can list. */
  public enum Kind {
    /** A Greenhouse job board. */
    GREENHOUSE,
    /** A Lever job site. */
    LEVER,
    /** An Ashby job board. */
    ASHBY,
    /** A LinkedIn guest search. */
    LINKEDIN,
    /** Posting pages by URL. */
    URLS
  }

  /** Requires exactly one kind, valid tokens and URLs, a positive rate and a tidy name. */
  public SourceSpec {
    int kinds = 0;
    for (Object o : new Object[] {greenhouse, lever, ashby, linkedin, urls}) {
      kinds += o == null ? 0 : 1;
    }
    if (kinds != 1) {
      throw new IllegalArgumentException(
          "a source is exactly one of greenhouse, lever, ashby, linkedin or urls; found " + kinds);
    }
    if (greenhouse != null) {
      board(Board.Ats.GREENHOUSE, greenhouse);
    } else if (lever != null) {
      board(Board.Ats.LEVER, lever);
    } else if (ashby != null) {
      board(Board.Ats.ASHBY, ashby);
    }
    if (urls != null) {
      if (urls.isEmpty()) {
        throw new IllegalArgumentException("urls is empty");
      }
      for (String u : urls) {
        requireHttpUrl(u);
      }
      urls = List.copyOf(urls);
    }
    if (rate != null && !(rate > 0 && rate <= 1000)) {
      throw new IllegalArgumentException("rate must be above 0 and at most 1000 per second: " + rate);
    }
    if (name != null && !name.matches("[\\p{L}\\p{N}._:@ /-]{1,200}")) {
      throw new IllegalArgumentException(
          "a name is 1 to 200 letters, digits, spaces or . _ : @ / -: " + name);
    }
  }

  /** Builds the board of an ATS source, checking its token. */
  private static Board board(Board.Ats ats, String token) {
    return new Board(ats, token);
  }

  /** What kind of source this is. */
  public Kind kind() {
    if (greenhouse != null) {
      return Kind.GREENHOUSE;
    }
    if (lever != null) {
      return Kind.LEVER;
    }
    if (ashby != null) {
      return Kind.ASHBY;
    }
    return linkedin != null ? Kind.LINKEDIN : Kind.URLS;
  }

  /**
   * The ATS board of a Greenhouse, Lever or Ashby source.
   *
   * @throws IllegalStateException for a LinkedIn or URL source
   */
  public Board board() {
    return switch (kind()) {
      case GREENHOUSE -> board(Board.Ats.GREENHOUSE, greenhouse);
      case LEVER -> board(Board.Ats.LEVER, lever);
      case ASHBY -> board(Board.Ats.ASHBY, ashby);
      default -> throw new IllegalStateException(kind() + " is not a board");
    };
  }

  /** The name given, or the default for the kind. */
  public String effectiveName() {
    if (name != null) {
      return name;
    }
    return switch (kind()) {
      case GREENHOUSE, LEVER, ASHBY -> board().toString();
      case LINKEDIN -> "linkedin:" + (linkedin.keywords() == null ? "" : linkedin.keywords())
          + (linkedin.location() == null ? "" : "@" + linkedin.location());
      case URLS -> "urls";
    };
  }

  private static void requireHttpUrl(String u) {
    URI uri;
    try {
      uri = u == null ? null : new URI(u.strip());
    } catch (Exception e) {
      uri = null;
    }
    String scheme = uri == null || uri.getScheme() == null
        ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
      throw new IllegalArgumentException("not an absolute http(s) URL: " + u);
    }
  }

  /** The names of the sources, checked to be unique. */
  static List<String> uniqueNames(List<SourceSpec> sources) {
    List<String> names = new ArrayList<>();
    for (SourceSpec s : sources) {
      String n = s.effectiveName();
      if (names.contains(n)) {
        throw new IllegalArgumentException(
            "two sources are named '" + n + "': give one of them a different name");
      }
      names.add(n);
    }
    return names;
  }
}
