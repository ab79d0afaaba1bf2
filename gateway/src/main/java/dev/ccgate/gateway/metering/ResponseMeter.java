package dev.ccgate.gateway.metering;

import java.nio.ByteBuffer;

/**
 * Reads a copy of a response body chunk by chunk and says at the end what to bill. Used from one
 * thread at a time (the response's), so implementations need no locking.
 */
public interface ResponseMeter {
  /** Reads {@code chunk} from its position to its limit without moving either. */
  void accept(ByteBuffer chunk);

  /** The usage to bill, once the body has ended (normally or not). */
  Metered finish();

  /** A meter for responses that cost nothing (errors). */
  static ResponseMeter none() {
    return new ResponseMeter() {
      @Override
      public void accept(ByteBuffer chunk) {}

      @Override
      public Metered finish() {
        return Metered.NONE;
      }
    };
  }
}
