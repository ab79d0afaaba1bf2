package dev.ccgate.gateway.shared;

import java.io.IOException;

/** The shared wallet store could not be reached, so a change was not made anywhere. */
public final class StoreUnavailableException extends IOException {
  private static final long serialVersionUID = 1L;

  /** An exception saying {@code message}. */
  public StoreUnavailableException(String message) {
    super(message);
  }
}
