package dev.ccgate.bench.load;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The gateway's own account of its time per request over a step: its {@code
 * ccgate_gateway_overhead_seconds} histogram (request arrival to response complete, minus the
 * upstream exchange) read from {@code /metrics} before and after. The harness's added latency is a
 * difference of two legs that both wait for the same two vCPUs, so its tail is mostly the box's
 * scheduling; this is the gateway's side of it, at the histogram's bucket resolution.
 */
record OwnTime(TreeMap<BigDecimal, Long> cumulative, long count) {
  private static final String BUCKET = "ccgate_gateway_overhead_seconds_bucket{le=\"";

  /** The histogram in a {@code /metrics} page (cumulative counts by upper bound, in seconds). */
  static OwnTime parse(String page) {
    TreeMap<BigDecimal, Long> buckets = new TreeMap<>();
    long count = 0;
    for (String line : page.split("\n")) {
      if (!line.startsWith(BUCKET)) {
        continue;
      }
      int close = line.indexOf('"', BUCKET.length());
      String le = line.substring(BUCKET.length(), close);
      long n = Long.parseLong(line.substring(line.lastIndexOf(' ') + 1).strip());
      if (le.equals("+Inf")) {
        count = n;
      } else {
        buckets.put(new BigDecimal(le), n);
      }
    }
    return new OwnTime(buckets, count);
  }

  /** What was observed between {@code before} and this. */
  OwnTime since(OwnTime before) {
    TreeMap<BigDecimal, Long> d = new TreeMap<>();
    for (Map.Entry<BigDecimal, Long> e : cumulative.entrySet()) {
      d.put(e.getKey(), e.getValue() - before.cumulative.getOrDefault(e.getKey(), 0L));
    }
    return new OwnTime(d, count - before.count);
  }

  /** The upper bound (ms) of the bucket holding quantile {@code q} (0-1), as {@code "≤ 0.25"}. */
  String quantile(double q) {
    long rank = (long) Math.ceil(q * count);
    for (Map.Entry<BigDecimal, Long> e : cumulative.entrySet()) {
      if (e.getValue() >= rank) {
        return "≤ " + e.getKey().movePointRight(3).stripTrailingZeros().toPlainString();
      }
    }
    return "> " + cumulative.lastKey().movePointRight(3).stripTrailingZeros().toPlainString();
  }

  /** The share of requests at or under {@code ms} milliseconds (a bucket bound), in percent. */
  String shareWithin(String ms) {
    Long n = cumulative.get(new BigDecimal(ms).movePointLeft(3));
    if (n == null || count == 0) {
      return "?";
    }
    return String.format(Locale.ROOT, "%.2f %%", 100.0 * n / count);
  }
}
