package dev.ccgate.bench.load;

import java.util.Arrays;
import java.util.Locale;
import org.HdrHistogram.Histogram;

/**
 * A latency distribution in nanoseconds (HdrHistogram, 3 significant digits: its percentiles are
 * exact to 0.1 % at any magnitude, which sorting arrays would also give but not in fixed memory).
 */
final class Latencies {
  private final Histogram histogram = new Histogram(60_000_000_000L, 3);

  /** A distribution of {@code values} (negative ones are skipped: failed or never sent). */
  static Latencies of(long[] values) {
    Latencies l = new Latencies();
    for (long v : values) {
      if (v >= 0) {
        l.histogram.recordValue(Math.min(v, 60_000_000_000L));
      }
    }
    return l;
  }

  long count() {
    return histogram.getTotalCount();
  }

  /** The value at {@code percentile} (0–100), nanoseconds. */
  long at(double percentile) {
    return histogram.getValueAtPercentile(percentile);
  }

  long max() {
    return histogram.getMaxValue();
  }

  /** Milliseconds with three decimals. */
  static String ms(long nanos) {
    return String.format(Locale.ROOT, "%.3f", nanos / 1e6);
  }

  /**
   * The median of the pairwise differences {@code via[i] - direct[i]} over pairs where both
   * succeeded: a second estimate of the added latency that does not assume the two distributions
   * line up percentile by percentile.
   */
  static long medianOfDifferences(long[] direct, long[] via) {
    long[] d = new long[direct.length];
    int n = 0;
    for (int i = 0; i < direct.length; i++) {
      if (direct[i] >= 0 && via[i] >= 0) {
        d[n++] = via[i] - direct[i];
      }
    }
    if (n == 0) {
      return 0;
    }
    long[] sorted = Arrays.copyOf(d, n);
    Arrays.sort(sorted);
    return sorted[n / 2];
  }
}
