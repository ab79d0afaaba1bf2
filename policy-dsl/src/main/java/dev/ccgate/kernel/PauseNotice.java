package dev.ccgate.kernel;

import java.time.Instant;
import java.util.Objects;

/**
 * Why a request was paused: the wallet at its pause stage, its numbers, and when it resets.
 *
 * @param managerName the team manager's name, or null
 */
public record PauseNotice(
    WalletId wallet,
    long percentBasisPoints,
    long spentMicros,
    long limitMicros,
    Instant resetAt,
    String managerName) {

  /** Validates the notice. */
  public PauseNotice {
    Objects.requireNonNull(wallet, "wallet");
    Objects.requireNonNull(resetAt, "resetAt");
  }
}
