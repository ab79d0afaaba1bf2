package dev.ccgate.gateway.shared;

import dev.ccgate.kernel.PeriodCalendar;
import dev.ccgate.kernel.StageCrossed;
import dev.ccgate.kernel.WalletId;
import java.time.Instant;
import java.util.List;

/**
 * Spend shared with other gateway instances. The kernel stays pure: it decides against the local
 * ledger, which a shared store refreshes before each decision; after a request is settled locally,
 * its cost is added to the shared wallets and the stages it reached are claimed there, so that each
 * fires once across instances.
 *
 * <p>Every call answers quickly or not at all: a store that cannot answer now returns null (or
 * {@code -1}) and the caller falls back to its own ledger (fail-open, see {@code docs/gateway.md}).
 */
public interface WalletStore extends AutoCloseable {
  /** A credit large enough to mean "reset to 0" in {@link #adjust}. */
  long RESET = Long.MAX_VALUE;

  /** The embedded store: nothing is shared, the local ledger is the truth (one instance). */
  static WalletStore local() {
    return LocalWalletStore.INSTANCE;
  }

  /** True when spend is shared (the local ledger is then a cache of it). */
  boolean shared();

  /**
   * The shared spend of each of {@code ids} in its period containing {@code t}, in order, or null
   * when it cannot be had now (decide on the local ledger).
   */
  long[] read(List<WalletId> ids, PeriodCalendar calendar, Instant t);

  /**
   * Adds {@code costMicros} to each of {@code ids} in its period containing {@code t}, at most once
   * per {@code requestId}; the spends afterwards, in order, or null when it cannot be done now (the
   * add is then kept and retried, still once per request id).
   */
  long[] add(
      String requestId, List<WalletId> ids, PeriodCalendar calendar, Instant t, long costMicros);

  /**
   * Of {@code reached} (stages a wallet's shared spend has reached), those this caller is the first
   * to claim: each wallet, stage and period is claimed once across instances. When the store cannot
   * answer, the ones this instance has not claimed before.
   */
  List<StageCrossed> claim(List<StageCrossed> reached, PeriodCalendar calendar);

  /**
   * Lowers the spend of {@code id} in its period containing {@code t} by {@code creditMicros}, not
   * below 0 ({@link #RESET}: to 0); the new spend, or -1 when it cannot be done now.
   */
  long adjust(WalletId id, PeriodCalendar calendar, Instant t, long creditMicros);

  /** Health for metrics. */
  StoreStatus status();

  /** Releases connections and threads. */
  @Override
  void close();
}
