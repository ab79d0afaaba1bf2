package dev.ccgate.kernel;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Spend per wallet, in the wallets' current periods. The caller owns it and passes it to the
 * kernel; the kernel reads it in {@code decide} and adds to it in {@code settle}. Not thread-safe:
 * a gateway serialises access (see its docs).
 */
public final class Ledger {
  private final Map<WalletId, WalletState> wallets = new HashMap<>();

  /** Spend of {@code id} in the period containing {@code t}; 0 for an unseen or expired wallet. */
  public long spentAt(WalletId id, Instant t) {
    WalletState state = stateAt(id, t);
    return state == null ? 0 : state.spentMicros();
  }

  /** The state of {@code id} if the ledger tracks the period containing {@code t}, else null. */
  WalletState stateAt(WalletId id, Instant t) {
    WalletState state = wallets.get(id);
    return state == null || state.expiredAt(t) ? null : state;
  }

  /** The state of {@code id} for the period containing {@code t}, created or reset as needed. */
  WalletState current(WalletId id, PeriodCalendar calendar, Instant t) {
    WalletState state = wallets.get(id);
    if (state == null) {
      state = new WalletState(calendar.start(id.period(), t), calendar.end(id.period(), t));
      wallets.put(id, state);
    } else if (state.expiredAt(t)) {
      state.reset(calendar.start(id.period(), t), calendar.end(id.period(), t));
    }
    return state;
  }

  /**
   * Sets the spend of {@code id} in the period containing {@code t} (an admin reset or a credit);
   * stages already fired this period stay fired, so alerts do not repeat.
   */
  public void setSpent(WalletId id, PeriodCalendar calendar, Instant t, long micros) {
    if (micros < 0) {
      throw new IllegalArgumentException("spend cannot be negative");
    }
    current(id, calendar, t).setSpent(micros);
  }

  /** Every wallet seen, sorted by id (for status pages and snapshots). */
  public SortedMap<WalletId, WalletState> wallets() {
    return new TreeMap<>(wallets);
  }
}
