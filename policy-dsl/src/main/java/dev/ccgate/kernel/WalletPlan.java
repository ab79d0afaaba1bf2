package dev.ccgate.kernel;

import dev.ccgate.policy.Stage;
import java.util.List;

/**
 * One budgeted wallet as the policy defines it: its id, limit, stages (ascending by threshold) and
 * the alert channel its crossings go to.
 *
 * @param channel the alert channel name, or null when the policy has none for this wallet
 * @param slot this plan's number in its {@link PolicyIndex} (dense, from 0), where a {@link Ledger}
 *     keeps the plan's state at hand
 */
record WalletPlan(WalletId id, long limitMicros, List<Stage> stages, String channel, int slot) {

  /** True when {@code spentMicros} is at or past {@code stage}'s threshold (exact integers). */
  boolean reached(Stage stage, long spentMicros) {
    return (long) stage.atBasisPoints() * limitMicros <= Math.multiplyExact(spentMicros, 10_000L);
  }
}
