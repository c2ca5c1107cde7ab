package io.github.jobnorm.cli;

import io.github.jobnorm.model.JobPosting;
import java.io.IOException;

/** Writes postings as they come, in one output format. */
interface PostingWriter {
  /** Writes (or, for a format that must see the second posting first, holds) one posting. */
  void write(JobPosting posting) throws IOException;

  /** Writes whatever is held and the format's end; does not close the underlying writer. */
  void finish() throws IOException;
}
