package dev.ccgate.decision;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * An admin credit or reset of one wallet, as the gateway records it in its decision log (one line
 * among the decisions, in ledger order), so that a restart's rebuild applies it again at the same
 * point. Not a request: {@code simulate} reads past such lines.
 *
 * @param time when it was made; it applies to the wallet's period containing this time
 * @param wallet the wallet key, e.g. {@code team:platform:daily}
 * @param kind credit or reset
 * @param creditMicros the credit asked (a credit lowers spend by this much, never below 0); 0 for a
 *     reset
 * @param spentAfterMicros the wallet's spend in that period right after it (informational: a
 *     rebuild applies the credit or reset itself, not this number)
 * @param source who made it: {@code admin}
 */
public record WalletAdjustment(
    Instant time,
    String wallet,
    Kind kind,
    long creditMicros,
    long spentAfterMicros,
    String source) {

  /** What was done to the wallet. */
  public enum Kind {
    /** Spend lowered by a credit (not below 0). */
    CREDIT,
    /** Spend set to 0. */
    RESET;

    /** The lower-case name written in the log. */
    public String key() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** Validates the adjustment. */
  public WalletAdjustment {
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(wallet, "wallet");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(source, "source");
    if (creditMicros < 0 || spentAfterMicros < 0) {
      throw new IllegalArgumentException("a credit and a spend cannot be negative");
    }
  }

  /** The spend {@code spentMicros} becomes under this adjustment. */
  public long applyTo(long spentMicros) {
    return spendAfter(kind, creditMicros, spentMicros);
  }

  /** The spend {@code spentMicros} becomes under a {@code kind} of {@code creditMicros}. */
  public static long spendAfter(Kind kind, long creditMicros, long spentMicros) {
    return kind == Kind.RESET ? 0 : Math.max(0, spentMicros - creditMicros);
  }
}
