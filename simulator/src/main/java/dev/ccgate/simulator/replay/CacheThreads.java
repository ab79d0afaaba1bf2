package dev.ccgate.simulator.replay;

import java.util.HashMap;
import java.util.Map;

/**
 * Finds the {@link CacheThread} of a request: its session's main thread, or one subagent of it.
 * Requests without a session share one thread per developer and agent. Main threads, the bulk of
 * the traffic, sit in an array indexed by the dense session code, so the common lookup allocates
 * nothing.
 */
final class CacheThreads {
  private CacheThread[] mains = new CacheThread[1024];
  private final Map<Long, CacheThread> others = new HashMap<>();

  /** The thread of session {@code session} (0 for none), {@code agent} (0 for the main thread). */
  CacheThread of(int session, int agent, int developer) {
    if (session > 0 && agent == 0) {
      if (session >= mains.length) {
        mains = java.util.Arrays.copyOf(mains, Math.max(session + 1, mains.length * 2));
      }
      CacheThread t = mains[session];
      if (t == null) {
        t = new CacheThread();
        mains[session] = t;
      }
      return t;
    }
    long key =
        session > 0
            ? ((long) session << 32) | (agent & 0xffffffffL)
            : -(((long) developer << 32) | (agent & 0xffffffffL)) - 1;
    return others.computeIfAbsent(key, k -> new CacheThread());
  }
}
