package dev.ccgate.simulator.replay;

import dev.ccgate.concurrent.Background;
import dev.ccgate.kernel.Kernel;
import dev.ccgate.policy.Policy;
import dev.ccgate.policy.load.PendingPolicy;

/**
 * A {@link Kernel} being built on a thread of its own. Building indexes every developer of the
 * policy (a wallet path each: a quarter to one second at 13,600 developers on a cold JVM), which
 * needs nothing from the traces, so a replay starts it before loading them.
 */
public final class KernelBuild {
  private final Background<Kernel> build;

  private KernelBuild(Background<Kernel> build) {
    this.build = build;
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
    return new KernelBuild(
        Background.start(
            "ccgate-kernel-build",
            "building the policy kernel",
            () -> {
              Policy p = policy.result().policy();
              return p == null ? null : new Kernel(p);
            }));
  }

  /** The kernel, once built; rethrows what building it threw. */
  public Kernel get() {
    return build.get();
  }
}
