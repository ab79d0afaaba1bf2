package dev.ccgate.bench.load;

import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Non-streaming load at a fixed rate, direct and proxied interleaved pair by pair. Pair {@code i}
 * is due at {@code start + i/rate}: one leg is sent then, the other half a period later (which one
 * goes first alternates), so both legs see the same machine at the same moments and each leg runs
 * at {@code rate}. The schedule never waits for answers (open loop), and every latency runs from
 * the request's <em>intended</em> send time, so a stall that delays sending is charged to the
 * requests it delayed (no coordinated omission).
 */
final class OpenLoop {
  /** Latency of a request that failed or timed out. */
  static final long FAILED = -1;

  /** Latency of a request not sent because its leg already had too many in flight. */
  static final long DROPPED = -2;

  private OpenLoop() {}

  /**
   * The result of one run.
   *
   * @param direct latency per pair, nanoseconds (or {@link #FAILED}, {@link #DROPPED})
   * @param via the proxied leg's, likewise
   * @param viaElapsedNanos from the first intended send to the last proxied completion
   * @param sendLagMaxNanos the worst lateness of the sending thread against the schedule
   */
  record Run(int rate, long[] direct, long[] via, long viaElapsedNanos, long sendLagMaxNanos) {
    long count(long[] leg, long marker) {
      return Arrays.stream(leg).filter(v -> v == marker).count();
    }

    /** Proxied requests answered 200 per second of the run (sent to last completion). */
    double viaThroughput() {
      long ok = Arrays.stream(via).filter(v -> v >= 0).count();
      return ok / (viaElapsedNanos / 1e9);
    }
  }

  /**
   * Runs {@code pairs} pairs at {@code rate} pairs per second; a leg with {@code maxInFlight}
   * requests outstanding drops (and counts) the next one rather than queue without bound.
   */
  static Run run(
      LoadClient client,
      Target direct,
      Target via,
      byte[] body,
      int rate,
      int pairs,
      int maxInFlight)
      throws InterruptedException {
    long[] directLat = new long[pairs];
    long[] viaLat = new long[pairs];
    Arrays.fill(directLat, FAILED);
    Arrays.fill(viaLat, FAILED);
    AtomicInteger directInFlight = new AtomicInteger();
    AtomicInteger viaInFlight = new AtomicInteger();
    AtomicLong lastViaDone = new AtomicLong();
    CountDownLatch finished = new CountDownLatch(2 * pairs);
    long period = 1_000_000_000L / rate;
    long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(20);
    long lagMax = 0;
    for (int k = 0; k < 2 * pairs; k++) {
      int pair = k / 2;
      boolean second = (k & 1) == 1;
      long intended = start + pair * period + (second ? period / 2 : 0);
      long wait;
      while ((wait = intended - System.nanoTime()) > 0) {
        LockSupport.parkNanos(wait);
      }
      lagMax = Math.max(lagMax, System.nanoTime() - intended);
      boolean isVia = second ^ ((pair & 1) == 1); // alternate which leg goes first
      Target target = isVia ? via : direct;
      long[] lat = isVia ? viaLat : directLat;
      AtomicInteger inFlight = isVia ? viaInFlight : directInFlight;
      if (inFlight.incrementAndGet() > maxInFlight) {
        inFlight.decrementAndGet();
        lat[pair] = DROPPED;
        finished.countDown();
        continue;
      }
      client.send(
          target,
          body,
          pair,
          30,
          (nanos, ok, status) -> {
            inFlight.decrementAndGet();
            // The latch's countDown publishes this write to the thread that awaits it.
            lat[pair] = ok ? nanos - intended : FAILED;
            if (isVia) {
              lastViaDone.accumulateAndGet(nanos, Math::max);
            }
            finished.countDown();
          });
    }
    if (!finished.await(60, TimeUnit.SECONDS)) {
      throw new IllegalStateException("requests still outstanding 60 s after the schedule ended");
    }
    return new Run(rate, directLat, viaLat, lastViaDone.get() - start, lagMax);
  }
}
