package io.github.jobnorm.model;

/** Where the work is done. Part of the JobPosting contract: the names are written to JSON as they are. */
public enum WorkplaceType {
  ON_SITE, HYBRID, REMOTE
}
