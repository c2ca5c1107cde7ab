package io.github.jobnorm.store;

/** The state store failed: it cannot be opened, read or written. */
public final class StoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** A failure with its cause. */
  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
