package io.github.jobnorm.model;

/**
 * One way a posting breaks the contract.
 *
 * @param path where, as a property path ({@code pay[0].currency}, {@code company.url})
 * @param message what is wrong ({@code must be an ISO 4217 currency code})
 * @param value the offending value as text, or null
 */
public record Violation(String path, String message, String value) {

  /** {@code path: message (value)}. */
  @Override
  public String toString() {
    return path + ": " + message + (value == null ? "" : " (was \"" + value + "\")");
  }
}
