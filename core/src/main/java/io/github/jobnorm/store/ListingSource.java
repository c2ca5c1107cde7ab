package io.github.jobnorm.store;

/**
 * A source an aggregator run reads: a name that keys its postings in the store, and a way to
 * list what it shows now. {@link FetchListings} makes them from a run file; tests and embedders
 * may supply their own.
 */
public interface ListingSource {
  /** The name, stable between runs. */
  String name();

  /** Lists the source; never throws for a network or parse fault (they are failures in it). */
  SourceListing fetch();
}
