package io.github.jobnorm.cli;

import io.github.jobnorm.json.JobPostingJson;
import io.github.jobnorm.model.JobPosting;
import java.io.IOException;
import java.io.Writer;

/**
 * Postings as JSON objects: the contract JSON, or schema.org JSON-LD. One posting is one object;
 * several are JSON Lines (the default) or one array ({@code -f json}). The first posting is held
 * until the second shows which.
 */
final class JsonPostingWriter implements PostingWriter {
  /** Renders one posting as one JSON object. */
  interface Renderer {
    String render(JobPosting posting, boolean pretty);
  }

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
  private final Renderer renderer;
  private JobPosting held;
  private int count;

  JsonPostingWriter(Writer out, Mode mode, boolean pretty) {
    this(out, mode, pretty, JobPostingJson::write);
  }

  JsonPostingWriter(Writer out, Mode mode, boolean pretty, Renderer renderer) {
    this.out = out;
    this.mode = mode;
    this.pretty = pretty;
    this.renderer = renderer;
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
      out.write(renderer.render(p, pretty));
    } else {
      line(p);
    }
  }

  private void line(JobPosting p) throws IOException {
    out.write(renderer.render(p, false));
    out.write('\n');
  }

  @Override
  public void finish() throws IOException {
    if (held != null) {
      out.write(renderer.render(held, pretty));
      out.write('\n');
    } else if (mode == Mode.ONE_OR_ARRAY) {
      out.write(count == 0 ? "[]\n" : "\n]\n");
    }
    out.flush();
  }
}
