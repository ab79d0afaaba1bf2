package dev.ccgate.simulator.replay;

import dev.ccgate.kernel.Kernel;
import dev.ccgate.policy.Policy;
import dev.ccgate.policy.load.PendingPolicy;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * A {@link Kernel} being built on a thread of its own. Building indexes every developer of the
 * policy (a wallet path each: a quarter to one second at 13,600 developers on a cold JVM), which
 * needs nothing from the traces, so a replay starts it before loading them.
 */
public final class KernelBuild {
  private final FutureTask<Kernel> task;

  private KernelBuild(FutureTask<Kernel> task) {
    this.task = task;
  }

  /** Starts building the kernel of {@code policy}. */
  public static KernelBuild start(Policy policy) {
    return start(PendingPolicy.of(policy));
  }

  /**
   * Starts building the kernel of {@code policy} as soon as it is parsed. A policy with errors
   * builds nothing: {@link #get} then returns null, and the caller has already stopped at {@link
   * PendingPolicy#get}.
   */
  public static KernelBuild start(PendingPolicy policy) {
    FutureTask<Kernel> task =
        new FutureTask<>(
            () -> {
              Policy p = policy.result().policy();
              return p == null ? null : new Kernel(p);
            });
    Thread t = new Thread(task, "ccgate-kernel-build");
    t.setDaemon(true);
    t.start();
    return new KernelBuild(task);
  }

  /** The kernel, once built; rethrows what building it threw. */
  public Kernel get() {
    try {
      return task.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while building the policy kernel", e);
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
