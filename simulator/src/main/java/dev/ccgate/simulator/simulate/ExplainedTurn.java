package dev.ccgate.simulator.simulate;

import dev.ccgate.kernel.Action;
import dev.ccgate.pricing.Usage;
import java.time.Instant;
import java.util.List;

/**
 * One request of an explained session.
 *
 * @param routedModel the model used, or null when the request was refused
 * @param wallets every budgeted wallet on the request's path with its spend before the request as a
 *     share of its limit, in path order
 * @param reasons the kernel's reasons, described
 * @param alerts the stages this request's spend crossed, described
 */
public record ExplainedTurn(
    Instant time,
    String askedModel,
    String routedModel,
    Usage loggedUsage,
    Usage routedUsage,
    long actualMicros,
    long projectedMicros,
    List<WalletShare> wallets,
    Action action,
    List<String> reasons,
    List<String> alerts) {

  /** Copies the lists. */
  public ExplainedTurn {
    wallets = List.copyOf(wallets);
    reasons = List.copyOf(reasons);
    alerts = List.copyOf(alerts);
  }

  /** A wallet and its spend as a share of its limit, in basis points. */
  public record WalletShare(String wallet, long percentBasisPoints) {}
}
