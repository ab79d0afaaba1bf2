package dev.ccgate.kernel;

import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Spend per wallet, in the wallets' current periods. The caller owns it and passes it to the
 * kernel; the kernel reads it in {@code decide} and adds to it in {@code settle}. Not thread-safe,
 * not even for {@code decide} alone, which fills the slot cache below: a gateway serialises every
 * call (see its docs).
 */
public final class Ledger {
  private final Map<WalletId, WalletState> wallets = new HashMap<>();
  // The same states by the slot of the plan that last asked for them (WalletPlan.slot), for the
  // kernel whose plans they are: a replay looks up several wallets per request among thousands,
  // and the map's table and node were a cache miss each (a quarter of a replay's main thread).
  // The map stays the truth: wallets are keyed by name so spend survives a policy reload, and a
  // new kernel's plans simply fill the slots again.
  private WalletState[] bySlot = new WalletState[64];
  private Object slotsOf;

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

  /**
   * As {@link #stateAt(WalletId, Instant)} for {@code plan} of the kernel index {@code owner}, kept
   * at hand by the plan's slot.
   */
  WalletState stateAt(WalletPlan plan, Object owner, Instant t) {
    WalletState state = bySlot(plan, owner);
    return state == null || state.expiredAt(t) ? null : state;
  }

  /** As {@link #current(WalletId, PeriodCalendar, Instant)} for {@code plan} of {@code owner}. */
  WalletState current(WalletPlan plan, Object owner, PeriodCalendar calendar, Instant t) {
    WalletState state = bySlot(plan, owner);
    if (state == null) {
      state = current(plan.id(), calendar, t);
      bySlot[plan.slot()] = state;
      return state;
    }
    return current(state, plan.id(), calendar, t);
  }

  /** The state of {@code id} for the period containing {@code t}, created or reset as needed. */
  WalletState current(WalletId id, PeriodCalendar calendar, Instant t) {
    WalletState state = wallets.get(id);
    if (state == null) {
      state = new WalletState(calendar.start(id.period(), t), calendar.end(id.period(), t));
      wallets.put(id, state);
      return state;
    }
    return current(state, id, calendar, t);
  }

  private static WalletState current(
      WalletState state, WalletId id, PeriodCalendar calendar, Instant t) {
    if (state.expiredAt(t)) {
      state.reset(calendar.start(id.period(), t), calendar.end(id.period(), t));
    }
    return state;
  }

  /** The state of {@code plan} by its slot (from the map on a first look), or null if unseen. */
  private WalletState bySlot(WalletPlan plan, Object owner) {
    if (owner != slotsOf) {
      slotsOf = owner;
      Arrays.fill(bySlot, null);
    }
    int slot = plan.slot();
    if (slot >= bySlot.length) {
      bySlot = Arrays.copyOf(bySlot, Math.max(slot + 1, bySlot.length * 2));
    }
    WalletState state = bySlot[slot];
    if (state == null) {
      state = wallets.get(plan.id());
      bySlot[slot] = state;
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
