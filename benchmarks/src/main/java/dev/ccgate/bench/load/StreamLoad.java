package dev.ccgate.bench.load;

import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * Many SSE streams open at once, direct and proxied interleaved: each stream sends its {@code
 * message_start} at once, then its deltas spaced out, so that all of them are open together for
 * most of the run. A stream is whole when it ends with status 200 and every event arrived; it
 * stalled when any gap between its arrivals exceeded the stall limit.
 */
final class StreamLoad {
  private StreamLoad() {}

  /** What one leg's streams did. */
  static final class Leg {
    final long[] firstEvent; // send to first body bytes, nanoseconds (-1: never)
    final long[] total; // send to end, nanoseconds (-1: failed)
    final long[] maxGap; // longest silence between arrivals after the first, nanoseconds
    final int[] events;
    final AtomicInteger opened = new AtomicInteger();

    Leg(int n) {
      firstEvent = filled(n);
      total = filled(n);
      maxGap = new long[n];
      events = new int[n];
    }

    private static long[] filled(int n) {
      long[] a = new long[n];
      Arrays.fill(a, -1);
      return a;
    }

    /** Streams that ended 200 with every event ({@code expected}). */
    long whole(int expected) {
      long n = 0;
      for (int i = 0; i < total.length; i++) {
        if (total[i] >= 0 && events[i] == expected) {
          n++;
        }
      }
      return n;
    }

    /** Streams with a silence longer than {@code limitNanos}. */
    long stalled(long limitNanos) {
      return Arrays.stream(maxGap).filter(g -> g > limitNanos).count();
    }
  }

  /** A hook run once every stream of both legs has its first event. */
  interface WhenAllOpen {
    void run() throws Exception;
  }

  /**
   * Opens {@code n} streams on each leg over {@code rampMillis}, runs {@code whenAllOpen} once they
   * have all started, and waits for them all to end.
   */
  static Leg[] run(
      LoadClient client,
      Target direct,
      Target via,
      byte[] body,
      int n,
      long rampMillis,
      WhenAllOpen whenAllOpen)
      throws Exception {
    Leg directLeg = new Leg(n);
    Leg viaLeg = new Leg(n);
    CountDownLatch started = new CountDownLatch(2 * n);
    CountDownLatch ended = new CountDownLatch(2 * n);
    long step = TimeUnit.MILLISECONDS.toNanos(rampMillis) / (2L * n);
    long start = System.nanoTime();
    for (int k = 0; k < 2 * n; k++) {
      int i = k / 2;
      boolean isVia = ((k & 1) == 1) ^ ((i & 1) == 1);
      Leg leg = isVia ? viaLeg : directLeg;
      long due = start + k * step;
      long wait;
      while ((wait = due - System.nanoTime()) > 0) {
        LockSupport.parkNanos(wait);
      }
      long sent = System.nanoTime();
      client.send(
          isVia ? via : direct,
          body,
          i,
          600,
          new LoadClient.Listener() {
            private long last;
            private boolean first = true;

            @Override
            public void firstBytes(long nanos) {
              leg.firstEvent[i] = nanos - sent;
              leg.opened.incrementAndGet();
              last = nanos;
              started.countDown();
            }

            @Override
            public void content(long nanos, int events) {
              if (!first) {
                leg.maxGap[i] = Math.max(leg.maxGap[i], nanos - last);
              }
              first = false;
              last = nanos;
              leg.events[i] += events;
            }

            @Override
            public void done(long nanos, boolean ok, int status) {
              if (leg.firstEvent[i] < 0) {
                started.countDown(); // never started: do not hold the hook forever
              }
              leg.total[i] = ok ? nanos - sent : -1;
              ended.countDown();
            }
          });
    }
    if (started.await(120, TimeUnit.SECONDS)) {
      whenAllOpen.run();
    }
    if (!ended.await(600, TimeUnit.SECONDS)) {
      throw new IllegalStateException("streams still open 600 s after the ramp");
    }
    return new Leg[] {directLeg, viaLeg};
  }
}
