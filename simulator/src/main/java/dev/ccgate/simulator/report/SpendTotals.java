package dev.ccgate.simulator.report;

/**
 * Sums over a set of requests. Money is integer micro-dollars.
 *
 * @param cacheWrite5m 5-minute cache writes
 * @param cacheWrite1h 1-hour cache writes
 */
public record SpendTotals(
    long requests,
    long inputTokens,
    long outputTokens,
    long cacheWrite5m,
    long cacheWrite1h,
    long cacheRead,
    long webSearches,
    long costMicros) {

  /** Nothing. */
  public static final SpendTotals ZERO = new SpendTotals(0, 0, 0, 0, 0, 0, 0, 0);

  /** Both cache-write counts. */
  public long cacheWrite() {
    return cacheWrite5m + cacheWrite1h;
  }

  /** This plus {@code o}. */
  public SpendTotals plus(SpendTotals o) {
    return new SpendTotals(
        requests + o.requests,
        inputTokens + o.inputTokens,
        outputTokens + o.outputTokens,
        cacheWrite5m + o.cacheWrite5m,
        cacheWrite1h + o.cacheWrite1h,
        cacheRead + o.cacheRead,
        webSearches + o.webSearches,
        Math.addExact(costMicros, o.costMicros));
  }
}
