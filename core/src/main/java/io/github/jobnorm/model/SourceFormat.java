package io.github.jobnorm.model;

/** What kind of document a posting was parsed from. Part of the JobPosting contract: the names are written to JSON as they are. */
public enum SourceFormat {
  TEXT, HTML, JSON_LD, ATS_JSON, CSV_ROW
}
