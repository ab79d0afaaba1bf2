package dev.ccgate.gateway.state;

import dev.ccgate.kernel.Percent;
import dev.ccgate.kernel.WalletId;
import java.time.Instant;

/**
 * One wallet as status pages and metrics show it, in its period containing "now".
 *
 * @param limitMicros the policy's limit for it (0 when the policy no longer budgets it)
 * @param firedUpToBasisPoints the highest stage threshold fired this period (0 for none)
 * @param resetAt when the period ends
 */
public record WalletStatus(
    WalletId id, long spentMicros, long limitMicros, int firedUpToBasisPoints, Instant resetAt) {

  /** Spend as a share of the limit, in basis points (rounded down; 0 without a limit). */
  public long percentBasisPoints() {
    return Percent.of(spentMicros, limitMicros);
  }

  /** What is left before the limit (never negative). */
  public long remainingMicros() {
    return Math.max(0, limitMicros - spentMicros);
  }
}
