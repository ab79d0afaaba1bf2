package dev.ccgate.simulator.replay;

import java.util.Arrays;

/**
 * Finds the {@link CacheThread} of a request: its session's main thread, or one of the session's
 * subagents. Requests without a session share one thread per developer and agent. Main threads,
 * most of the traffic, sit in an array indexed by the dense session code; subagent and sessionless
 * threads in an open-addressing table keyed by two codes. No lookup allocates or boxes.
 */
final class CacheThreads {
  private CacheThread[] mains = new CacheThread[1024];
  private long[] keys = new long[1024];
  private CacheThread[] others = new CacheThread[1024];
  private int size;

  /** The thread of session {@code session} (0 for none), {@code agent} (0 for the main thread). */
  CacheThread of(int session, int agent, int developer) {
    if (session > 0 && agent == 0) {
      if (session >= mains.length) {
        mains = Arrays.copyOf(mains, Math.max(session + 1, mains.length * 2));
      }
      CacheThread t = mains[session];
      if (t == null) {
        t = new CacheThread();
        mains[session] = t;
      }
      return t;
    }
    // Sessionless threads use negative keys, so they never meet a session's.
    long key =
        session > 0
            ? ((long) session << 32) | (agent & 0xffffffffL)
            : -(((long) developer << 32) | (agent & 0xffffffffL)) - 1;
    return other(key);
  }

  private CacheThread other(long key) {
    int mask = keys.length - 1;
    int i = mix(key) & mask;
    while (others[i] != null) {
      if (keys[i] == key) {
        return others[i];
      }
      i = (i + 1) & mask;
    }
    CacheThread t = new CacheThread();
    keys[i] = key;
    others[i] = t;
    if (++size * 2 > keys.length) {
      grow();
    }
    return t;
  }

  private void grow() {
    long[] oldKeys = keys;
    CacheThread[] oldThreads = others;
    keys = new long[oldKeys.length * 2];
    others = new CacheThread[oldKeys.length * 2];
    int mask = keys.length - 1;
    for (int j = 0; j < oldKeys.length; j++) {
      if (oldThreads[j] != null) {
        int i = mix(oldKeys[j]) & mask;
        while (others[i] != null) {
          i = (i + 1) & mask;
        }
        keys[i] = oldKeys[j];
        others[i] = oldThreads[j];
      }
    }
  }

  /** Spreads both halves of the key over the low bits (the murmur3 64-bit finaliser). */
  private static int mix(long key) {
    long h = key;
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return (int) h;
  }
}
