package io.github.jobnorm.model;

/** The contract under which the person is employed. Part of the JobPosting contract: the names are written to JSON as they are. */
public enum EmploymentType {
  FULL_TIME, PART_TIME, CONTRACT, TEMPORARY, INTERNSHIP, VOLUNTEER, PER_DIEM, OTHER
}
