package io.github.jobnorm.model;

/** LinkedIn's seniority levels, the scale most boards map onto. Part of the JobPosting contract: the names are written to JSON as they are. */
public enum Seniority {
  INTERNSHIP, ENTRY_LEVEL, ASSOCIATE, MID_SENIOR, DIRECTOR, EXECUTIVE
}
