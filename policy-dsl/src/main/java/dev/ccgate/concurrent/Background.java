package dev.ccgate.concurrent;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * A value computed on a daemon thread of its own, so that a command can start slow, independent
 * work (parsing a large policy, indexing it) and do something else meanwhile. {@link #get} waits
 * for it and rethrows what computing it threw.
 *
 * @param <T> the value
 */
public final class Background<T> {
  private final FutureTask<T> task;
  private final String what;

  private Background(FutureTask<T> task, String what) {
    this.task = task;
    this.what = what;
  }

  /**
   * Starts {@code work} on a daemon thread named {@code thread}; {@code what} names it in errors.
   */
  public static <T> Background<T> start(String thread, String what, Callable<T> work) {
    FutureTask<T> task = new FutureTask<>(work);
    Thread t = new Thread(task, thread);
    t.setDaemon(true);
    t.start();
    return new Background<>(task, what);
  }

  /** A value that is already there. */
  public static <T> Background<T> done(T value) {
    FutureTask<T> task = new FutureTask<>(() -> value);
    task.run();
    return new Background<>(task, "a ready value");
  }

  /** The value, once computed; a runtime exception or error from computing it is rethrown as is. */
  public T get() {
    try {
      return task.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while " + what, e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(e.getCause());
    }
  }
}
