package dev.ccgate.simulator.simulate;

import java.util.List;

/**
 * The replay's numbers for one team or one developer.
 *
 * @param id the team id, or the developer id (canonical: aliases resolved)
 * @param teams for a developer, the teams their requests were charged to (one, unless an unlisted
 *     developer's exports name several); for a team, just itself
 * @param developers how many developers had requests in it (1 for a developer)
 */
public record GroupResult(
    String id,
    List<String> teams,
    long developers,
    long sessions,
    long requests,
    long actualMicros,
    long projectedMicros,
    long requestsDowngraded,
    long requestsRerouted,
    long requestsPaused,
    long requestsRejected,
    long sessionsAlerted,
    long sessionsDowngraded,
    long sessionsPaused,
    long alerts) {

  /** Copies the teams. */
  public GroupResult {
    teams = List.copyOf(teams);
  }

  /** Actual minus projected spend. */
  public long savingsMicros() {
    return actualMicros - projectedMicros;
  }
}
