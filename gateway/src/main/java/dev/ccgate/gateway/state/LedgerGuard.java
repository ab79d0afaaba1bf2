package dev.ccgate.gateway.state;

import dev.ccgate.decision.DecisionRecord;
import dev.ccgate.decision.WalletAdjustment;
import dev.ccgate.kernel.Decision;
import dev.ccgate.kernel.Kernel;
import dev.ccgate.kernel.Ledger;
import dev.ccgate.kernel.PeriodCalendar;
import dev.ccgate.kernel.Request;
import dev.ccgate.kernel.Settlement;
import dev.ccgate.kernel.WalletId;
import dev.ccgate.kernel.WalletState;
import dev.ccgate.policy.Policy;
import dev.ccgate.pricing.Usage;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * The kernel and its {@link Ledger} (which is not thread-safe) behind one lock. Decide and settle
 * each take microseconds, so one lock for all wallets costs less than finer locking would.
 *
 * <p>Overshoot: a request is decided before it runs and settled after, so every request already in
 * flight when a wallet crosses its pause stage still completes and is charged. The worst case past
 * the pause threshold is therefore the sum of the costs of the requests in flight on that wallet at
 * the moment it crossed — each bounded by its own {@code max_tokens} — and nothing after it: the
 * next request decided sees the new spend and is paused.
 */
public final class LedgerGuard {
  private static final String SOURCE = "admin";
  private final AtomicReference<Kernel> kernel;
  private final Ledger ledger = new Ledger();
  private final ReentrantLock lock = new ReentrantLock();

  /** A guard over a new, empty ledger for {@code kernel}. */
  public LedgerGuard(Kernel kernel) {
    this.kernel = new AtomicReference<>(kernel);
  }

  /**
   * Enforces {@code next} from now on (a policy reload). The ledger stays: spend and the stages
   * already fired carry over; requests already decided settle under the kernel that decided them.
   */
  public void swap(Kernel next) {
    kernel.set(next);
  }

  /** The policy enforced. */
  public Policy policy() {
    return kernel.get().policy();
  }

  /** The current kernel's decision for {@code request}. */
  public Ruling decide(Request request) {
    Kernel k = kernel.get();
    lock.lock();
    try {
      return new Ruling(k, k.decide(ledger, request));
    } finally {
      lock.unlock();
    }
  }

  /** True when the policy admits {@code developer} (see {@link Kernel#admits}). */
  public boolean admits(String developer, String teamHint) {
    return kernel.get().admits(developer, teamHint);
  }

  /**
   * Settles {@code decision} with {@code usage}, at the request's own time (the decision log
   * records that time and a replay charges it there too), then hands the settlement to {@code
   * record} while still holding the lock: the log's order is then exactly the ledger's, and a
   * replay rebuilds this very ledger. {@code record} must be quick (one append).
   */
  public Settlement settle(Ruling ruling, Usage usage, Consumer<Settlement> record) {
    Decision decision = ruling.decision();
    lock.lock();
    try {
      Settlement settlement =
          ruling.kernel().settle(ledger, decision, usage, decision.request().time());
      record.accept(settlement);
      return settlement;
    } finally {
      lock.unlock();
    }
  }

  /**
   * Charges a logged request again (the ledger rebuild on start) and returns what that re-derived;
   * a refused or free request charges nothing.
   */
  public Settlement restore(DecisionRecord r) {
    if (r.action().refuses() || r.costMicros() == 0) {
      return new Settlement(0, 0, List.of());
    }
    Kernel k = kernel.get();
    String family = k.policy().pricing().resolve(r.routedModel()).family();
    lock.lock();
    try {
      return k.charge(
          ledger, r.developer(), r.team(), family, r.costMicros(), r.time(), r.requestId());
    } finally {
      lock.unlock();
    }
  }

  /**
   * Every wallet the policy budgets at org and team level, plus every other wallet the ledger
   * tracks (developer wallets), in their periods containing {@code now}, sorted by id.
   */
  public List<WalletStatus> wallets(Instant now) {
    Kernel k = kernel.get();
    Policy policy = k.policy();
    PeriodCalendar calendar = k.calendar();
    lock.lock();
    try {
      SortedMap<WalletId, WalletState> tracked = ledger.wallets();
      SortedSet<WalletId> ids = new TreeSet<>(tracked.keySet());
      ids.addAll(WalletLimits.budgeted(policy));
      List<WalletStatus> out = new ArrayList<>(ids.size());
      for (WalletId id : ids) {
        WalletState state = tracked.get(id);
        boolean current = state != null && now.isBefore(state.periodEnd());
        out.add(
            new WalletStatus(
                id,
                current ? state.spentMicros() : 0,
                WalletLimits.limitMicros(policy, id),
                current ? state.firedUpToBasisPoints() : 0,
                current ? state.periodEnd() : calendar.end(id.period(), now)));
      }
      return out;
    } finally {
      lock.unlock();
    }
  }

  /** Writes an adjustment where a restart will find it (the decision log). */
  @FunctionalInterface
  public interface AdjustmentRecorder {
    /** Records {@code adjustment} durably; throws when it cannot. */
    void record(WalletAdjustment adjustment) throws IOException;
  }

  /**
   * Credits or resets {@code wallet} in its period containing {@code now} (an admin call); stages
   * already fired stay fired. The adjustment is recorded first, under the lock, so that it sits at
   * its place among the decision-log lines and a restart's rebuild applies it at the same point; if
   * it cannot be recorded, nothing changes and the exception is thrown.
   *
   * @param creditMicros the credit (ignored for a reset)
   */
  public WalletAdjustment adjust(
      WalletId wallet,
      Instant now,
      WalletAdjustment.Kind kind,
      long creditMicros,
      AdjustmentRecorder recorder)
      throws IOException {
    Kernel k = kernel.get();
    lock.lock();
    try {
      long credit = kind == WalletAdjustment.Kind.RESET ? 0 : creditMicros;
      long after = WalletAdjustment.spendAfter(kind, credit, ledger.spentAt(wallet, now));
      WalletAdjustment adjustment =
          new WalletAdjustment(now, wallet.key(), kind, credit, after, SOURCE);
      recorder.record(adjustment);
      ledger.setSpent(wallet, k.calendar(), now, after);
      return adjustment;
    } finally {
      lock.unlock();
    }
  }

  /**
   * Applies a logged adjustment again (the ledger rebuild on start): the credit or reset itself, to
   * the spend rebuilt so far. A wallet the ledger does not track has nothing to lower.
   */
  public void restore(WalletAdjustment a) {
    Kernel k = kernel.get();
    lock.lock();
    try {
      for (WalletId id : ledger.wallets().keySet()) {
        if (id.key().equals(a.wallet())) {
          ledger.setSpent(id, k.calendar(), a.time(), a.applyTo(ledger.spentAt(id, a.time())));
          return;
        }
      }
    } finally {
      lock.unlock();
    }
  }

  /** The spend of {@code wallet} in its period containing {@code t}, micro-dollars. */
  public long spentAt(WalletId wallet, Instant t) {
    lock.lock();
    try {
      return ledger.spentAt(wallet, t);
    } finally {
      lock.unlock();
    }
  }
}
