package io.github.jobnorm.store;

/**
 * A run file that cannot be used: not YAML, an unknown key, a bad value. The message starts with
 * {@code FILE:LINE:COLUMN:} when the place is known.
 */
public final class RunFileException extends Exception {
  private static final long serialVersionUID = 1L;

  private final int line;
  private final int column;

  /** A problem at a line and column (1-based; 0 when unknown). */
  public RunFileException(String file, int line, int column, String message, Throwable cause) {
    super((line > 0 ? file + ":" + line + ":" + column + ": " : file + ": ") + message, cause);
    this.line = line;
    this.column = column;
  }

  /** The line of the problem, from 1; 0 when unknown. */
  public int line() {
    return line;
  }

  /** The column of the problem, from 1; 0 when unknown. */
  public int column() {
    return column;
  }
}
