package io.github.jobnorm.cli;

import io.github.jobnorm.ParseFailure;
import io.github.jobnorm.ParseResult;

/**
 * What one unit of work (a posting document, or one table row) gave.
 *
 * @param input the input's name
 * @param row the table row, or 0 for a document
 * @param result its postings or its failure
 * @param bytes how many input bytes the unit accounts for, for progress
 */
record Outcome(String input, long row, ParseResult result, long bytes) {

  static Outcome failed(String input, long row, ParseFailure.Reason reason, String message) {
    return new Outcome(input, row,
        ParseResult.failed(ParseFailure.of(reason, input, message)), 0);
  }

  /** {@code input[:row N]}, as failures are reported. */
  String where() {
    return row > 0 ? input + ":row " + row : input;
  }
}
