package dev.ccgate.simulator.simulate;

import dev.ccgate.kernel.Action;
import java.util.ArrayList;
import java.util.List;

/** Running sums for one team or developer while the replay goes. */
final class GroupTally {
  final String id;
  final List<String> teams = new ArrayList<>(1);
  private String lastTeam;
  long developers;
  long sessions;
  long requests;
  long actual;
  long projected;
  long downgraded;
  long rerouted;
  long paused;
  long rejected;
  long sessionsAlerted;
  long sessionsDowngraded;
  long sessionsPaused;
  long alerts;

  GroupTally(String id) {
    this.id = id;
  }

  void add(String team, Action action, long actualMicros, long projectedMicros) {
    // Team ids come from the kernel's paths, so the same team is usually the same instance.
    if (team != lastTeam) {
      if (!teams.contains(team)) {
        teams.add(team);
      }
      lastTeam = team;
    }
    requests++;
    actual += actualMicros;
    projected += projectedMicros;
    switch (action) {
      case DOWNGRADE -> downgraded++;
      case ROUTE -> rerouted++;
      case PAUSE -> paused++;
      case REJECT -> rejected++;
      case ALLOW -> {}
    }
  }

  void addSession(SessionOutcome outcome) {
    sessions++;
    switch (outcome) {
      case ALERTED -> sessionsAlerted++;
      case DOWNGRADED -> sessionsDowngraded++;
      case PAUSED -> sessionsPaused++;
      case REJECTED, CLEAN -> {} // rejected sessions are counted in the totals only
    }
  }

  GroupResult result() {
    List<String> sorted = new ArrayList<>(teams);
    sorted.sort(null);
    return new GroupResult(
        id,
        sorted,
        developers,
        sessions,
        requests,
        actual,
        projected,
        downgraded,
        rerouted,
        paused,
        rejected,
        sessionsAlerted,
        sessionsDowngraded,
        sessionsPaused,
        alerts);
  }
}
