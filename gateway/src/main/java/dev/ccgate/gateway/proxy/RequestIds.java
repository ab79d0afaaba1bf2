package dev.ccgate.gateway.proxy;

import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

/** Request ids the gateway issues: {@code req_ccgate_} and 24 random hex digits. */
final class RequestIds {
  private static final HexFormat HEX = HexFormat.of();

  private RequestIds() {}

  /** A new id; unique enough to key the decision log and a future shared ledger. */
  static String next() {
    byte[] b = new byte[12];
    ThreadLocalRandom.current().nextBytes(b);
    return "req_ccgate_" + HEX.formatHex(b);
  }
}
