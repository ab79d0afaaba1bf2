package dev.ccgate.kernel;

import dev.ccgate.policy.StageAction;
import java.time.Instant;
import java.util.Objects;

/**
 * A wallet's spend crossed a stage's threshold for the first time in its period. Each stage fires
 * at most once per wallet per period; alerts are built from these.
 *
 * @param channel the alert channel the policy routes this wallet to, or null if none
 * @param developer the developer whose request crossed it
 * @param requestId the request that crossed it
 */
public record StageCrossed(
    Instant time,
    WalletId wallet,
    StageAction action,
    int atBasisPoints,
    long percentBasisPoints,
    long spentMicros,
    long limitMicros,
    Instant resetAt,
    String channel,
    String developer,
    String team,
    String requestId) {

  /** Validates the event. */
  public StageCrossed {
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(wallet, "wallet");
    Objects.requireNonNull(action, "action");
  }
}
