package dev.ccgate.simulator.simulate;

/**
 * The replay's totals over the requests the report's filters keep. Money is integer micro-dollars.
 *
 * @param actualMicros what the requests cost as logged
 * @param projectedMicros what they cost under the policy (refused requests cost 0)
 * @param refusedActualMicros what the requests the policy refused had cost as logged
 * @param cacheReadsRewritten logged cache-read tokens the cache projection charged as writes
 */
public record SimulationTotals(
    long requests,
    long sessions,
    long developers,
    long teams,
    long actualMicros,
    long projectedMicros,
    long refusedActualMicros,
    long sessionsAlerted,
    long sessionsDowngraded,
    long sessionsPaused,
    long sessionsRejected,
    long requestsDowngraded,
    long requestsRerouted,
    long requestsPaused,
    long requestsRejected,
    long requestsWithoutSession,
    long alerts,
    long cacheReadsRewritten) {

  /** Actual minus projected spend (negative when the policy's choices cost more). */
  public long savingsMicros() {
    return actualMicros - projectedMicros;
  }
}
