package dev.ccgate.gateway.wire;

/** A request body the gateway cannot act on; the message is safe to show the client. */
public final class InvalidRequestException extends Exception {
  private static final long serialVersionUID = 1L;

  /** A failure with a client-facing {@code message} (never containing body text). */
  public InvalidRequestException(String message) {
    super(message);
  }
}
