package dev.ccgate.simulator.store;

import java.time.Instant;

/**
 * Which requests to iterate: a half-open time window. Identity filters are applied after the policy
 * maps aliases to developers, so they live with the caller.
 *
 * @param from the first instant included, or null for no lower bound
 * @param to the first instant excluded, or null for no upper bound
 */
public record RequestFilter(Instant from, Instant to) {
  /** Every request. */
  public static final RequestFilter ALL = new RequestFilter(null, null);
}
