package dev.ccgate.simulator.replay;

import java.util.Arrays;

/**
 * The prompt-cache state of one conversation thread (a session's main thread, or one of its
 * subagents) in the projected world: per model, until when its cache is warm. A thread uses one
 * model, or two once the policy moves it, so the first sits in fields and any others in small
 * arrays: a replay keeps one of these per thread, hundreds of thousands of them.
 */
public final class CacheThread {
  private String model;
  private long warmUntil;
  private String[] otherModels;
  private long[] otherWarmUntil;
  boolean diverged;
  boolean oneHour;

  /** Until when (epoch microseconds) {@code m}'s cache is warm; 0 when never used. */
  long warmUntil(String m) {
    if (model != null && (model == m || model.equals(m))) {
      return warmUntil;
    }
    if (otherModels != null) {
      for (int i = 0; i < otherModels.length; i++) {
        if (otherModels[i] == m || otherModels[i].equals(m)) {
          return otherWarmUntil[i];
        }
      }
    }
    return 0;
  }

  void warm(String m, long untilMicros) {
    if (model == null || model == m || model.equals(m)) {
      model = m;
      warmUntil = untilMicros;
      return;
    }
    if (otherModels == null) {
      otherModels = new String[] {m};
      otherWarmUntil = new long[] {untilMicros};
      return;
    }
    for (int i = 0; i < otherModels.length; i++) {
      if (otherModels[i] == m || otherModels[i].equals(m)) {
        otherWarmUntil[i] = untilMicros;
        return;
      }
    }
    otherModels = Arrays.copyOf(otherModels, otherModels.length + 1);
    otherWarmUntil = Arrays.copyOf(otherWarmUntil, otherWarmUntil.length + 1);
    otherModels[otherModels.length - 1] = m;
    otherWarmUntil[otherWarmUntil.length - 1] = untilMicros;
  }
}
