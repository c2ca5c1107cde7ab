package io.github.jobnorm.model;

/** What a pay range covers; {@code BASE} unless the posting says otherwise. Part of the JobPosting contract: the names are written to JSON as they are. */
public enum PayKind {
  BASE, OTE, TOTAL, BONUS, OTHER
}
