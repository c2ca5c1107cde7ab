package io.github.jobnorm.source.table;

import io.github.jobnorm.ParseFailure;
import io.github.jobnorm.source.RawPosting;

/**
 * One row of a table as read: its posting's raw pieces, or why the row could not be read.
 * Exactly one of {@code raw} and {@code failure} is present.
 *
 * @param input the table's name (a path, {@code <stdin>})
 * @param row the row's number: 1 for the first record after the header
 * @param raw what the row holds, or null
 * @param failure why it could not be read, or null
 */
public record TableRow(String input, long row, RawPosting raw, ParseFailure failure) {

  /** Requires a raw posting or a failure, not both. */
  public TableRow {
    if ((raw == null) == (failure == null)) {
      throw new IllegalArgumentException("a row has a raw posting or a failure, not both");
    }
  }

  /** A row that was read. */
  static TableRow of(String input, long row, RawPosting raw) {
    return new TableRow(input, row, raw, null);
  }

  /** A row that could not be read. */
  static TableRow failed(String input, long row, ParseFailure.Reason reason, String message) {
    return new TableRow(input, row, null,
        new ParseFailure(reason, input, row, message, java.util.List.of()));
  }
}
