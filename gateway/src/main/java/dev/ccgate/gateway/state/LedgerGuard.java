package dev.ccgate.gateway.state;

import dev.ccgate.decision.DecisionRecord;
import dev.ccgate.decision.WalletAdjustment;
import dev.ccgate.gateway.shared.StoreUnavailableException;
import dev.ccgate.gateway.shared.WalletStore;
import dev.ccgate.kernel.Decision;
import dev.ccgate.kernel.Kernel;
import dev.ccgate.kernel.Ledger;
import dev.ccgate.kernel.PeriodCalendar;
import dev.ccgate.kernel.Request;
import dev.ccgate.kernel.Settlement;
import dev.ccgate.kernel.StageCrossed;
import dev.ccgate.kernel.WalletId;
import dev.ccgate.kernel.WalletPath;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The kernel and its {@link Ledger} (which is not thread-safe) behind one lock. Decide and settle
 * each take microseconds, so one lock for all wallets costs less than finer locking would.
 *
 * <p>Overshoot: a request is decided before it runs and settled after, so every request already in
 * flight when a wallet crosses its pause stage still completes and is charged. The worst case past
 * the pause threshold is therefore the sum of the costs of the requests in flight on that wallet at
 * the moment it crossed — each bounded by its own {@code max_tokens} — and nothing after it: the
 * next request decided sees the new spend and is paused.
 *
 * <p>With a shared {@link WalletStore} (Redis), the ledger is this instance's cache of the shared
 * spend: a decision first reads its path's wallets from the store, a settle adds the cost there
 * (outside the lock: the lock never waits on the network) and fires only the stages it claims
 * there, so each fires once across instances. When the store cannot answer, the ledger decides
 * alone (fail-open).
 */
public final class LedgerGuard {
  private static final String SOURCE = "admin";
  private static final Logger LOG = LoggerFactory.getLogger(LedgerGuard.class);
  private final AtomicReference<Kernel> kernel;
  private final Ledger ledger = new Ledger();
  private final ReentrantLock lock = new ReentrantLock();
  private final WalletStore store;

  /** A guard over a new, empty ledger for {@code kernel}, sharing nothing. */
  public LedgerGuard(Kernel kernel) {
    this(kernel, WalletStore.local());
  }

  /** A guard over a new, empty ledger for {@code kernel}, sharing spend through {@code store}. */
  public LedgerGuard(Kernel kernel, WalletStore store) {
    this.kernel = new AtomicReference<>(kernel);
    this.store = store;
  }

  /** Where spend is shared ({@link WalletStore#local()} when it is not). */
  public WalletStore store() {
    return store;
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
    List<WalletId> ids = List.of();
    long[] shared = null;
    if (store.shared()) {
      WalletPath path = k.path(request.developer(), request.teamHint());
      if (path != null) {
        ids = path.readIds();
        shared = store.read(ids, k.calendar(), request.time());
      }
    }
    lock.lock();
    try {
      refresh(k, ids, shared, request.time());
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
    Settlement settlement;
    lock.lock();
    try {
      settlement = ruling.kernel().settle(ledger, decision, usage, decision.request().time());
      record.accept(settlement);
    } finally {
      lock.unlock();
    }
    if (!store.shared() || decision.action().refuses() || settlement.costMicros() == 0) {
      return settlement;
    }
    return share(ruling, settlement);
  }

  /**
   * Adds a settled cost to the shared wallets, refreshes the ledger with what they hold now, and
   * keeps only the crossings this instance claims there. The kernel re-derives which stages the
   * shared spend has reached (on a scratch ledger, so the rules are exactly the kernel's); the
   * store lets one instance fire each. When the store cannot answer, the local crossings stand.
   */
  private Settlement share(Ruling ruling, Settlement local) {
    Kernel k = ruling.kernel();
    Decision decision = ruling.decision();
    Request request = decision.request();
    Instant t = request.time();
    List<WalletId> ids = decision.path().chargedIds(decision.routedFamily());
    long[] after = store.add(request.requestId(), ids, k.calendar(), t, local.costMicros());
    if (after == null) {
      // Fail-open: this instance's own crossings, less the stages it already claimed or saw
      // claimed.
      return new Settlement(
          local.costMicros(),
          local.originalCostMicros(),
          store.claim(local.crossings(), k.calendar()));
    }
    lock.lock();
    try {
      refresh(k, ids, after, t);
    } finally {
      lock.unlock();
    }
    Ledger scratch = new Ledger();
    for (int i = 0; i < ids.size(); i++) {
      scratch.setSpent(ids.get(i), k.calendar(), t, Math.max(0, after[i] - local.costMicros()));
    }
    // Nothing is marked fired on the scratch ledger, so this lists every stage the shared spend
    // has reached; the store answers which of them nobody has claimed yet.
    List<StageCrossed> reached =
        k.charge(
                scratch,
                request.developer(),
                request.teamHint(),
                decision.routedFamily(),
                local.costMicros(),
                t,
                request.requestId())
            .crossings();
    List<StageCrossed> fired = reached.isEmpty() ? reached : store.claim(reached, k.calendar());
    return new Settlement(local.costMicros(), local.originalCostMicros(), fired);
  }

  /** Sets the ledger's spend of each of {@code ids} to the shared value; call under the lock. */
  private void refresh(Kernel k, List<WalletId> ids, long[] shared, Instant t) {
    if (shared == null) {
      return;
    }
    for (int i = 0; i < shared.length; i++) {
      ledger.setSpent(ids.get(i), k.calendar(), t, shared[i]);
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
    PeriodCalendar calendar = k.calendar();
    if (store.shared()) {
      SortedSet<WalletId> all;
      lock.lock();
      try {
        all = new TreeSet<>(ledger.wallets().keySet());
      } finally {
        lock.unlock();
      }
      all.addAll(k.budgetedWallets());
      List<WalletId> ids = List.copyOf(all);
      long[] shared = store.read(ids, calendar, now);
      lock.lock();
      try {
        refresh(k, ids, shared, now);
      } finally {
        lock.unlock();
      }
    }
    lock.lock();
    try {
      SortedMap<WalletId, WalletState> tracked = ledger.wallets();
      SortedSet<WalletId> ids = new TreeSet<>(tracked.keySet());
      ids.addAll(k.budgetedWallets());
      List<WalletStatus> out = new ArrayList<>(ids.size());
      for (WalletId id : ids) {
        WalletState state = tracked.get(id);
        boolean current = state != null && now.isBefore(state.periodEnd());
        out.add(
            new WalletStatus(
                id,
                current ? state.spentMicros() : 0,
                k.limitMicros(id),
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
   * <p>Shared wallets are adjusted in the store first, atomically and relative to the shared spend
   * (so a request settled meanwhile on another instance is kept), since that is where the spend
   * lives; when the store cannot be reached nothing changes and {@link StoreUnavailableException}
   * is thrown (a credit applied to one instance only would be undone by its next refresh). The
   * local record then follows; if it fails, the shared change stands and the failure is logged.
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
    long credit = kind == WalletAdjustment.Kind.RESET ? 0 : creditMicros;
    long shared = -1;
    if (store.shared()) {
      shared =
          store.adjust(
              wallet,
              k.calendar(),
              now,
              kind == WalletAdjustment.Kind.RESET ? WalletStore.RESET : credit);
      if (shared < 0) {
        throw new StoreUnavailableException("the shared wallet store (Redis) is unavailable");
      }
    }
    lock.lock();
    try {
      long after =
          shared >= 0
              ? shared
              : WalletAdjustment.spendAfter(kind, credit, ledger.spentAt(wallet, now));
      WalletAdjustment adjustment =
          new WalletAdjustment(now, wallet.key(), kind, credit, after, SOURCE);
      try {
        recorder.record(adjustment);
      } catch (IOException e) {
        if (shared < 0) {
          throw e;
        }
        LOG.error(
            "admin {} of {} applied in Redis but not recorded in the decision log: {}",
            kind,
            wallet,
            e.toString());
      }
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
