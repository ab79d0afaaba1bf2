package dev.ccgate.bench.load;

import java.util.ArrayList;
import java.util.List;

/**
 * Warms a proxy up before anything is measured, the same way for every proxy (as JMH's warm-up
 * iterations do): rounds of a closed loop with a few requests outstanding, until the proxy has
 * answered a number of requests and its CPU per request has stopped falling. A closed loop runs
 * each proxy as fast as it goes without overloading it, so a slow proxy is not left with thousands
 * of queued requests and a fast one is not left holding the connections an overload opened (an
 * open-loop warm-up above what the box sustains left ccgate with 2,000 pooled connections a side).
 * CPU per request is the convergence test because, unlike latency, it hardly moves with the
 * machine's other load, and it falls while the JIT compiler is still working (on the shared 2-core
 * box C2 was still compiling ccgate's request path 20 s into a 1,000/s warm-up).
 */
final class WarmUp {
  /** Rounds are over when CPU per request changed by less than this between two rounds. */
  private static final double SETTLED = 0.10;

  /** A proxy using less CPU than this in a second without load is quiet (2 % of a core). */
  private static final long QUIET_NANOS_PER_SECOND = 20_000_000L;

  private WarmUp() {}

  /** One round: proxied requests answered per second and the proxy's CPU per request. */
  record Round(int round, double perSecond, double cpuMicrosPerRequest) {}

  /**
   * Warms {@code via} (and with it the fake and the load client, which every proxied request also
   * crosses) with rounds of {@code roundSeconds} at {@code concurrency} outstanding, after one
   * round against {@code direct}; stops when two rounds' CPU per request agree within 10 %, or
   * after {@code maxSeconds}.
   */
  static List<Round> run(
      LoadClient client,
      Target direct,
      Target via,
      byte[] body,
      ProxyProcess proxy,
      int concurrency,
      int roundSeconds,
      long minRequests,
      int maxSeconds)
      throws Exception {
    List<Round> rounds = new ArrayList<>();
    if (maxSeconds <= 0) {
      return rounds;
    }
    ClosedLoop.run(client, direct, body, concurrency, Math.min(roundSeconds, maxSeconds));
    long deadline = System.nanoTime() + maxSeconds * 1_000_000_000L;
    double previous = Double.NaN;
    long answered = 0;
    while (System.nanoTime() < deadline) {
      long cpuBefore = proxy.cpuNanos();
      ClosedLoop.Run r = ClosedLoop.run(client, via, body, concurrency, roundSeconds);
      double cpu = (proxy.cpuNanos() - cpuBefore) / 1e3 / Math.max(1, r.ok());
      rounds.add(new Round(rounds.size() + 1, r.perSecond(), cpu));
      answered += r.ok();
      if (answered >= minRequests && Math.abs(cpu - previous) < SETTLED * previous) {
        break;
      }
      previous = cpu;
    }
    return rounds;
  }

  /**
   * Waits, up to {@code maxSeconds}, until the proxy is quiet: less than 2 % of a core over a
   * second with no load. Returns the seconds waited, or -1 if it never got quiet. A proxy's CPU per
   * request settles once its hottest code is compiled, but the compiler can still have a backlog
   * from the warm-up (C2 used a third of a core for the first 10 s of a 100/s step after it), which
   * the first step would otherwise measure; JVM and Node compile in the background alike.
   */
  static int awaitQuiet(ProxyProcess proxy, int maxSeconds) throws Exception {
    for (int s = 1; s <= maxSeconds; s++) {
      long before = proxy.cpuNanos();
      Thread.sleep(1_000);
      if (proxy.cpuNanos() - before < QUIET_NANOS_PER_SECOND) {
        return s;
      }
    }
    return -1;
  }
}
