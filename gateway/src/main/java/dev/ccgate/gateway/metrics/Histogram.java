package dev.ccgate.gateway.metrics;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.concurrent.atomic.LongAdder;

/** A Prometheus histogram of durations with fixed bucket bounds; lock-free to observe. */
public final class Histogram {
  private final long[] boundsNanos;
  private final LongAdder[] counts;
  private final LongAdder sumNanos = new LongAdder();
  private final LongAdder count = new LongAdder();

  /** A histogram with upper bounds {@code boundsMicros} (ascending), plus {@code +Inf}. */
  public Histogram(long... boundsMicros) {
    boundsNanos = new long[boundsMicros.length];
    counts = new LongAdder[boundsMicros.length];
    for (int i = 0; i < boundsMicros.length; i++) {
      boundsNanos[i] = boundsMicros[i] * 1000;
      counts[i] = new LongAdder();
    }
  }

  /** Records one duration. */
  public void observeNanos(long nanos) {
    long n = Math.max(0, nanos);
    for (int i = 0; i < boundsNanos.length; i++) {
      if (n <= boundsNanos[i]) {
        counts[i].increment();
        break;
      }
    }
    sumNanos.add(n);
    count.increment();
  }

  /** The observations so far. */
  public long count() {
    return count.sum();
  }

  /** Appends the {@code _bucket}, {@code _sum} and {@code _count} series of {@code name}. */
  void render(StringBuilder out, String name, String help) {
    out.append("# HELP ").append(name).append(' ').append(help).append('\n');
    out.append("# TYPE ").append(name).append(" histogram\n");
    long cumulative = 0;
    for (int i = 0; i < boundsNanos.length; i++) {
      cumulative += counts[i].sum();
      out.append(name)
          .append("_bucket{le=\"")
          .append(seconds(boundsNanos[i]))
          .append("\"} ")
          .append(cumulative)
          .append('\n');
    }
    long total = count.sum();
    out.append(name).append("_bucket{le=\"+Inf\"} ").append(total).append('\n');
    out.append(name).append("_sum ").append(seconds(sumNanos.sum())).append('\n');
    out.append(name).append("_count ").append(total).append('\n');
  }

  private static String seconds(long nanos) {
    return String.format(
        Locale.ROOT, "%s", BigDecimal.valueOf(nanos, 9).stripTrailingZeros().toPlainString());
  }
}
