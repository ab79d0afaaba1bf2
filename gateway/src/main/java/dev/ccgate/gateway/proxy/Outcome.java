package dev.ccgate.gateway.proxy;

import dev.ccgate.gateway.metering.Metered;

/**
 * How one forwarded exchange ended.
 *
 * @param status upstream's status, or the gateway's own (502/504) when upstream never answered
 * @param metered the usage to bill
 * @param clientGone true when the client left before the response ended
 * @param failure why upstream's response did not complete normally, or null
 * @param upstreamNanos from sending upstream to this outcome (set by {@link Upstream})
 */
record Outcome(
    int status, Metered metered, boolean clientGone, Throwable failure, long upstreamNanos) {

  /** This outcome, timed. */
  Outcome withUpstreamNanos(long nanos) {
    return new Outcome(status, metered, clientGone, failure, nanos);
  }
}
