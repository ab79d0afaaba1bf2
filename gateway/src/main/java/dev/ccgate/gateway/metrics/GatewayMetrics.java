package dev.ccgate.gateway.metrics;

import dev.ccgate.kernel.Action;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * The gateway's counters and histograms, updated on the request path (lock-free adders only). One
 * instance per gateway; nothing static.
 */
public final class GatewayMetrics {
  /** Upper bounds for upstream latency: 5 ms to 10 min (model turns run long). */
  private static final long[] UPSTREAM_MICROS = {
    5_000,
    25_000,
    100_000,
    250_000,
    500_000,
    1_000_000,
    2_500_000,
    5_000_000,
    10_000_000,
    30_000_000,
    60_000_000,
    120_000_000,
    300_000_000,
    600_000_000
  };

  /** Upper bounds for gateway overhead: 50 µs to 1 s (the target is p99 ≤ 1 ms). */
  private static final long[] OVERHEAD_MICROS = {
    50, 100, 250, 500, 1_000, 2_500, 5_000, 10_000, 50_000, 250_000, 1_000_000
  };

  private final Map<String, LongAdder> requests = new ConcurrentHashMap<>();
  private final Map<Action, LongAdder> decisions = new EnumMap<>(Action.class);
  private final Histogram upstream = new Histogram(UPSTREAM_MICROS);
  private final Histogram overhead = new Histogram(OVERHEAD_MICROS);

  /** Empty metrics. */
  public GatewayMetrics() {
    for (Action a : Action.values()) {
      decisions.put(a, new LongAdder()); // filled up front, so reads need no lock
    }
  }

  /**
   * Counts one request by {@code route} (e.g. {@code messages}) and what happened to it ({@code
   * allow}, {@code pause}, {@code forwarded}, {@code unauthenticated}, …). Both are from small
   * closed sets, so the series stay few.
   */
  public void request(String route, String outcome) {
    requests.computeIfAbsent(route + '\u0000' + outcome, k -> new LongAdder()).increment();
  }

  /** Counts one kernel decision. */
  public void decision(Action action) {
    decisions.get(action).increment();
  }

  /** Upstream latency: request sent to response complete. */
  public Histogram upstream() {
    return upstream;
  }

  /** Time spent in the gateway itself: the whole exchange less the upstream part. */
  public Histogram overhead() {
    return overhead;
  }

  /** The count of requests with {@code route} and {@code outcome}. */
  public long requests(String route, String outcome) {
    LongAdder a = requests.get(route + '\u0000' + outcome);
    return a == null ? 0 : a.sum();
  }

  Map<String, LongAdder> requestCounters() {
    return requests;
  }

  Map<Action, LongAdder> decisionCounters() {
    return decisions;
  }
}
