package dev.ccgate.simulator.report;

import dev.ccgate.pricing.PriceTable;
import dev.ccgate.pricing.ResolvedModel;
import dev.ccgate.pricing.Usage;
import dev.ccgate.simulator.progress.Progress;
import dev.ccgate.simulator.store.RequestCursor;
import dev.ccgate.simulator.store.RequestFilter;
import dev.ccgate.simulator.store.RequestStore;
import dev.ccgate.simulator.store.TraceRequest;
import dev.ccgate.simulator.trace.TraceRow;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Prices every request on its own (bands, fast mode and geo apply per request, and each request
 * rounds to a micro-dollar once) and sums them per group. Rows come out sorted: by period, then by
 * cost (highest first), then by key.
 */
public final class SpendAggregator {

  private final PriceTable prices;
  private final TeamDirectory directory;
  private final Grouping by;
  private final ZoneId zone;
  private final Set<String> teams;
  private final Set<String> developers;

  /** An aggregator for {@code query}, pricing with {@code prices}. */
  public SpendAggregator(ReportQuery query, PriceTable prices, TeamDirectory directory) {
    this.prices = prices;
    this.directory = directory;
    this.by = query.by();
    this.zone = query.effectiveZone();
    this.teams = new HashSet<>(query.teams());
    this.developers = new HashSet<>(query.developers());
  }

  /** The report rows over {@code store}'s requests in {@code window}, and their total. */
  public Result aggregate(RequestStore store, RequestFilter window) throws SQLException {
    return aggregate(store, window, Progress.NONE);
  }

  /**
   * As {@link #aggregate(RequestStore, RequestFilter)}, counting requests into {@code progress}.
   */
  public Result aggregate(RequestStore store, RequestFilter window, Progress progress)
      throws SQLException {
    progress.startItems("pricing", "requests", store.count(window));
    try (progress;
        RequestCursor cursor = store.replay(window)) {
      return aggregate(counted(cursor, progress));
    }
  }

  private static Iterator<TraceRequest> counted(
      Iterator<TraceRequest> requests, Progress progress) {
    return new Iterator<>() {
      private long seen;

      @Override
      public boolean hasNext() {
        return requests.hasNext();
      }

      @Override
      public TraceRequest next() {
        if (++seen % 4096 == 0) {
          progress.advanceItems(4096);
        }
        return requests.next();
      }
    };
  }

  /** The report rows over {@code requests} (in any order), and their total. */
  public Result aggregate(Iterator<TraceRequest> requests) {
    Map<Key, long[]> groups = new HashMap<>();
    Map<String, ResolvedModel> resolved = new HashMap<>();
    while (requests.hasNext()) {
      TraceRequest r = requests.next();
      String developer = directory.developer(r.developer());
      String team = directory.team(developer, r.team());
      if (!teams.isEmpty() && !teams.contains(team)) {
        continue;
      }
      if (!developers.isEmpty() && !developers.contains(developer)) {
        continue;
      }
      Key key = key(r, developer, team);
      long[] acc = groups.computeIfAbsent(key, k -> new long[8]);
      add(acc, r, resolved);
    }
    List<SpendRow> rows = new ArrayList<>(groups.size());
    SpendTotals total = SpendTotals.ZERO;
    for (Map.Entry<Key, long[]> e : groups.entrySet()) {
      long[] a = e.getValue();
      SpendTotals t = new SpendTotals(a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7]);
      rows.add(new SpendRow(e.getKey().period(), e.getKey().keys(), t));
      total = total.plus(t);
    }
    rows.sort(ORDER);
    return new Result(rows, total);
  }

  private static final Comparator<SpendRow> ORDER =
      Comparator.comparing((SpendRow r) -> r.period() == null ? "" : r.period())
          .thenComparing(r -> -r.totals().costMicros())
          .thenComparing(r -> String.join("\u0000", r.keys()));

  // The local day of the last request and its label: requests come in runs of the same day (a
  // session file, or replay order), and the zone arithmetic and label per request cost more than
  // the rest of the grouping. The bounds are the day's exact instants, so DST days are exact too.
  private Instant dayStart = Instant.MAX;
  private Instant dayEnd = Instant.MIN;
  private String dayLabel;

  private String period(Instant time) {
    if (time.isBefore(dayStart) || !time.isBefore(dayEnd)) {
      LocalDate day = LocalDate.ofInstant(time, zone);
      dayStart = day.atStartOfDay(zone).toInstant();
      dayEnd = day.plusDays(1).atStartOfDay(zone).toInstant();
      dayLabel = by.period().label(by.period().start(day));
    }
    return dayLabel;
  }

  private Key key(TraceRequest r, String developer, String team) {
    String period = by.period() == null ? null : period(r.time());
    List<String> keys = new ArrayList<>(by.dimensions().size());
    for (Dimension d : by.dimensions()) {
      keys.add(
          switch (d) {
            case DEVELOPER -> developer;
            case TEAM -> team;
            case MODEL -> r.billedModel();
            case SESSION -> r.session();
          });
    }
    return new Key(period, keys);
  }

  private void add(long[] acc, TraceRequest r, Map<String, ResolvedModel> resolved) {
    acc[0]++;
    if (r.refused()) {
      return; // a refused request reached no model: no tokens, no cost
    }
    Usage u = r.usage();
    acc[1] += u.inputTokens();
    acc[2] += u.outputTokens();
    acc[3] += u.cacheWrite5mTokens();
    acc[4] += u.cacheWrite1hTokens();
    acc[5] += u.cacheReadTokens();
    acc[6] += u.webSearches();
    String model = r.billedModel();
    if (!TraceRow.SYNTHETIC_MODEL.equals(model)) {
      ResolvedModel m = resolved.computeIfAbsent(model, prices::resolve);
      acc[7] = Math.addExact(acc[7], prices.costMicros(m, u, r.time()));
    }
  }

  /** The sorted rows and their sum. */
  public record Result(List<SpendRow> rows, SpendTotals totals) {}

  private record Key(String period, List<String> keys) {}
}
