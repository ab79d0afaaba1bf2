package dev.ccgate.simulator.replay;

import java.util.Locale;

/** How a replay charges prompt-cache tokens when it moves a turn to another model (SPEC 5). */
public enum CacheModel {
  /**
   * Caches are per model and per conversation thread: tokens a moved turn read from cache on the
   * logged model are cache writes on a model the thread has not used within the cache's TTL, and
   * reads after that.
   */
  SESSION,
  /** Reprice the same token counts on the new model, as if its cache were always warm. */
  NONE;

  /** The name used by {@code --cache-model} and in reports. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The model named {@code id} ({@code session|none}). */
  public static CacheModel of(String id) {
    for (CacheModel m : values()) {
      if (m.id().equals(id.trim().toLowerCase(Locale.ROOT))) {
        return m;
      }
    }
    throw new IllegalArgumentException("unknown cache model '" + id + "' (use session|none)");
  }
}
