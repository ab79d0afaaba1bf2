package dev.ccgate.gateway.alert;

import dev.ccgate.decision.DecisionRecord;
import dev.ccgate.kernel.PeriodCalendar;
import dev.ccgate.kernel.WalletId;
import dev.ccgate.policy.Period;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Spend per developer in each period, for an alert's "top spenders". The ledger only keeps
 * developer wallets the policy budgets, so the alert module keeps its own small tally: one entry
 * per developer and period kind (it restarts when the period does). A family sub-wallet's top
 * spenders are its team's. Thread-safe.
 */
public final class SpendTally {
  /** One developer's spend in a period. */
  public record Spender(String developer, long spentMicros) {}

  private record Entry(String team, Instant periodStart, long micros) {}

  private final PeriodCalendar calendar;
  private final Map<String, Map<Period, Entry>> byDeveloper = new HashMap<>();

  /** A tally cutting periods with {@code calendar}. */
  public SpendTally(PeriodCalendar calendar) {
    this.calendar = calendar;
  }

  /** Adds the cost of a settled (or replayed) request. */
  public synchronized void add(DecisionRecord r) {
    if (r.action().refuses() || r.costMicros() == 0) {
      return;
    }
    Map<Period, Entry> periods = byDeveloper.computeIfAbsent(r.developer(), d -> new HashMap<>());
    for (Period p : Period.values()) {
      Instant start = calendar.start(p, r.time());
      Entry e = periods.get(p);
      long before = e != null && e.periodStart().equals(start) ? e.micros() : 0;
      periods.put(p, new Entry(r.team(), start, before + r.costMicros()));
    }
  }

  /**
   * The {@code n} biggest spenders of {@code wallet}'s period containing {@code t}, largest first.
   */
  public synchronized List<Spender> top(WalletId wallet, Instant t, int n) {
    Instant start = calendar.start(wallet.period(), t);
    List<Spender> out = new ArrayList<>();
    byDeveloper.forEach(
        (developer, periods) -> {
          Entry e = periods.get(wallet.period());
          if (e != null && e.periodStart().equals(start) && belongs(wallet, developer, e.team())) {
            out.add(new Spender(developer, e.micros()));
          }
        });
    out.sort(
        Comparator.comparingLong(Spender::spentMicros)
            .reversed()
            .thenComparing(Spender::developer));
    return out.size() > n ? List.copyOf(out.subList(0, n)) : out;
  }

  private static boolean belongs(WalletId wallet, String developer, String team) {
    return switch (wallet.scope()) {
      case ORG -> true;
      case TEAM -> wallet.owner().equals(team);
      case DEVELOPER -> wallet.owner().equals(developer);
    };
  }
}
