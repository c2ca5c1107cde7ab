package io.github.jobnorm.store;

import java.io.IOException;

/** Another run holds the store's lock. */
public final class StoreLockedException extends IOException {
  private static final long serialVersionUID = 1L;

  /** The exception with what holds the lock. */
  public StoreLockedException(String message) {
    super(message);
  }
}
