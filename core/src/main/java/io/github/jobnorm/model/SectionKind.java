package io.github.jobnorm.model;

/** What a section of a description is about. Part of the JobPosting contract: the names are written to JSON as they are. */
public enum SectionKind {
  ABOUT_COMPANY, ABOUT_ROLE, RESPONSIBILITIES, QUALIFICATIONS, PREFERRED_QUALIFICATIONS, BENEFITS, PAY, EEO, HOW_TO_APPLY, OTHER
}
