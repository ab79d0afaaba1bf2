package dev.ccgate.gateway.state;

import dev.ccgate.kernel.Decision;
import dev.ccgate.kernel.Kernel;

/**
 * A decision and the kernel that made it: a request decided before a policy reload is settled by
 * the same kernel, so in-flight requests finish under the old policy.
 */
public record Ruling(Kernel kernel, Decision decision) {}
