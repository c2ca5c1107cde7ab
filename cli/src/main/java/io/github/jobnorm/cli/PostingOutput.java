package io.github.jobnorm.cli;

import io.github.jobnorm.fetch.Listing;
import io.github.jobnorm.json.JobPostingJson;
import io.github.jobnorm.model.JobPosting;
import io.github.jobnorm.normalize.NormalizeContext;
import io.github.jobnorm.normalize.Normalizer;
import io.github.jobnorm.source.RawPosting;
import java.io.PrintWriter;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Where the fetching commands write: postings as JSON on stdout as they come, problems as one
 * {@code jobnorm: } line each on stderr, and the account of a listing at its end. It counts the
 * postings written and the units that failed (a URL, or a listing that ended early or lost
 * postings), so that every fetching command derives its exit code the same way.
 */
final class PostingOutput {
  private final PrintWriter out;
  private final PrintWriter err;
  private final boolean pretty;
  private long written;
  private long failed;

  PostingOutput(CommandSpec spec, boolean pretty) {
    this.out = spec.commandLine().getOut();
    this.err = spec.commandLine().getErr();
    this.pretty = pretty;
  }

  void write(JobPosting posting) {
    out.println(JobPostingJson.write(posting, pretty));
    written++;
  }

  /** Reports a unit that gave nothing, such as a URL that could not be fetched, and counts it. */
  void fail(String message) {
    error(message);
    failed++;
  }

  private void error(String message) {
    err.println("jobnorm: " + message);
  }

  /** The postings written so far. */
  long written() {
    return written;
  }

  /** The units that failed so far. */
  long failed() {
    return failed;
  }

  void flush() {
    out.flush();
    err.flush();
  }

  /**
   * Writes a listing's postings and reports its misses; when it ended early or missed postings,
   * says so with the counts and counts the listing as one failed unit.
   */
  void writeListing(String what, Listing listing) {
    int unreadable = 0;
    for (RawPosting raw : listing.postings()) {
      try {
        write(Normalizer.normalize(raw, NormalizeContext.NONE));
      } catch (RuntimeException e) {
        unreadable++;
        error(what + ": job " + raw.jobId() + ": could not be normalized (" + e + "); please report it");
      }
    }
    for (Listing.Missed m : listing.missed()) {
      String reason = m.fetchReason() != null ? m.fetchReason().name() : m.parseReason().name();
      String where = m.url() != null ? m.url() : "job " + m.jobId();
      error(what + ": " + where + ": " + reason + ": " + m.message());
    }
    int got = listing.postings().size() - unreadable;
    int lost = listing.missed().size() + unreadable;
    boolean early = !listing.complete();
    if (early || lost > 0) {
      fail(what + (early ? " ended early: " + listing.stopMessage() : " is complete")
          + "; got " + got + " postings, could not get " + lost);
    }
    flush();
  }
}
