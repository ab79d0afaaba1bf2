package dev.ccgate.simulator.replay;

/**
 * The prompt-cache state of one conversation thread (a session's main thread, or one of its
 * subagents) in the projected world: per model, until when its cache is warm. A thread uses one or
 * two models, so small arrays beat a map.
 */
public final class CacheThread {
  private String[] models = new String[2];
  private long[] warmUntil = new long[2];
  private int size;
  boolean diverged;
  boolean oneHour;

  /** Until when (epoch microseconds) {@code model}'s cache is warm; 0 when never used. */
  long warmUntil(String model) {
    for (int i = 0; i < size; i++) {
      if (models[i] == model || models[i].equals(model)) {
        return warmUntil[i];
      }
    }
    return 0;
  }

  void warm(String model, long untilMicros) {
    for (int i = 0; i < size; i++) {
      if (models[i] == model || models[i].equals(model)) {
        warmUntil[i] = untilMicros;
        return;
      }
    }
    if (size == models.length) {
      models = java.util.Arrays.copyOf(models, size * 2);
      warmUntil = java.util.Arrays.copyOf(warmUntil, size * 2);
    }
    models[size] = model;
    warmUntil[size++] = untilMicros;
  }
}
