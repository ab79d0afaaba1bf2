package dev.ccgate.simulator.replay;

import dev.ccgate.pricing.Usage;

/**
 * The cache-aware projection of SPEC 5: the usage a replayed turn would have had on the model the
 * policy routes it to. Prompt caches are per model, so the tokens a turn read from cache on the
 * logged model were not cached on another one.
 *
 * <p>Under {@link CacheModel#SESSION}, for each conversation thread ({@link CacheThread}):
 *
 * <ul>
 *   <li>A turn on its logged model, in a thread that has never been moved, keeps its logged usage:
 *       the log is the truth about that model's cache.
 *   <li>Any other turn (moved, or back on its logged model after an earlier move) keeps its cache
 *       reads only if the thread used the target model within the cache's TTL; otherwise they are
 *       charged as cache writes. Its own writes, input and output stay as logged.
 *   <li>Every turn that reads or writes the cache keeps the target model warm for the TTL from its
 *       time (a cache hit refreshes the TTL, as the API does).
 * </ul>
 *
 * <p>The TTL class is the turn's own: a turn that wrote 1-hour cache is 1 hour, one that wrote
 * 5-minute cache is 5 minutes; a turn that only read uses the class its thread last wrote, else 5
 * minutes (the API's default). Rewritten reads are charged at that class's write rate: Claude Code
 * writes its prompt cache with a 1-hour TTL, and a moved session would write the new model's cache
 * the same way.
 */
public final class CacheProjector {
  static final long FIVE_MINUTES = 300_000_000L;
  static final long ONE_HOUR = 3_600_000_000L;

  private final CacheModel model;

  /** A projector for {@code model}. */
  public CacheProjector(CacheModel model) {
    this.model = model;
  }

  /** The cache model in use. */
  public CacheModel model() {
    return model;
  }

  /**
   * The usage of a turn logged on {@code loggedModel} with {@code logged} usage when it runs on
   * {@code routedModel} at {@code timeMicros} in {@code thread}; updates the thread's state.
   */
  public Usage project(
      CacheThread thread, String loggedModel, String routedModel, long timeMicros, Usage logged) {
    if (model == CacheModel.NONE) {
      return logged;
    }
    boolean oneHour = ttlClass(thread, logged);
    boolean moved = !routedModel.equals(loggedModel);
    Usage projected = logged;
    if ((moved || thread.diverged)
        && logged.cacheReadTokens() > 0
        && thread.warmUntil(routedModel) <= timeMicros) {
      projected = readsAsWrites(logged, oneHour);
    }
    thread.diverged |= moved;
    if (logged.cacheReadTokens() + logged.cacheWrite5mTokens() + logged.cacheWrite1hTokens() > 0) {
      thread.warm(routedModel, timeMicros + (oneHour ? ONE_HOUR : FIVE_MINUTES));
    }
    return projected;
  }

  /** True for a 1-hour turn; remembers the class a writing turn used. */
  private static boolean ttlClass(CacheThread thread, Usage u) {
    if (u.cacheWrite1hTokens() > 0) {
      thread.oneHour = true;
    } else if (u.cacheWrite5mTokens() > 0) {
      thread.oneHour = false;
    }
    return thread.oneHour;
  }

  private static Usage readsAsWrites(Usage u, boolean oneHour) {
    long read = u.cacheReadTokens();
    return new Usage(
        u.inputTokens(),
        u.outputTokens(),
        u.cacheWrite5mTokens() + (oneHour ? 0 : read),
        u.cacheWrite1hTokens() + (oneHour ? read : 0),
        0,
        u.speed(),
        u.inferenceGeo(),
        u.webSearches());
  }
}
