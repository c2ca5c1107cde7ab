package io.github.jobnorm.cli;

import io.github.jobnorm.json.JobPostingJson;
import io.github.jobnorm.model.JobPosting;
import java.io.IOException;
import java.io.Writer;

/**
 * The contract JSON. One posting is one object; several are JSON Lines (the default) or one
 * array ({@code -f json}). The first posting is held until the second shows which.
 */
final class JsonPostingWriter implements PostingWriter {
  enum Mode {
    /** One posting: an object; several: one per line. */
    ONE_OR_LINES,
    /** One posting: an object; none or several: an array. */
    ONE_OR_ARRAY,
    /** One object per line, always. */
    LINES
  }

  private final Writer out;
  private final Mode mode;
  private final boolean pretty;
  private JobPosting held;
  private int count;

  JsonPostingWriter(Writer out, Mode mode, boolean pretty) {
    this.out = out;
    this.mode = mode;
    this.pretty = pretty;
  }

  @Override
  public void write(JobPosting posting) throws IOException {
    count++;
    if (mode == Mode.LINES) {
      line(posting);
    } else if (count == 1) {
      held = posting;
    } else {
      if (count == 2) {
        if (mode == Mode.ONE_OR_ARRAY) {
          out.write("[\n");
        }
        element(held, true);
        held = null;
      }
      element(posting, false);
    }
  }

  private void element(JobPosting p, boolean first) throws IOException {
    if (mode == Mode.ONE_OR_ARRAY) {
      out.write(first ? "" : ",\n");
      out.write(JobPostingJson.write(p, pretty));
    } else {
      line(p);
    }
  }

  private void line(JobPosting p) throws IOException {
    out.write(JobPostingJson.write(p));
    out.write('\n');
  }

  @Override
  public void finish() throws IOException {
    if (held != null) {
      out.write(JobPostingJson.write(held, pretty));
      out.write('\n');
    } else if (mode == Mode.ONE_OR_ARRAY) {
      out.write(count == 0 ? "[]\n" : "\n]\n");
    }
    out.flush();
  }
}
