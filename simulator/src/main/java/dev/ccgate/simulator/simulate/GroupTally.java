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

  // A team's spend per local day (index from the replay's first day; null until used).
  private long[] dayActual;
  private long[] dayProjected;

  GroupTally(String id) {
    this.id = id;
  }

  /** Adds a request's spend to day {@code index} (see {@link DayClock}). */
  void addDay(int index, long actualMicros, long projectedMicros) {
    if (index < 0) {
      return; // earlier than the first day: cannot happen in replay order
    }
    if (dayActual == null || index >= dayActual.length) {
      int n = Math.max(index + 1, dayActual == null ? 32 : dayActual.length * 2);
      dayActual = dayActual == null ? new long[n] : java.util.Arrays.copyOf(dayActual, n);
      dayProjected = dayProjected == null ? new long[n] : java.util.Arrays.copyOf(dayProjected, n);
    }
    dayActual[index] += actualMicros;
    dayProjected[index] += projectedMicros;
  }

  /** Spend per day as {@code [actual, projected]} for days 0..{@code days - 1}. */
  long[][] days(int days) {
    long[][] out = new long[days][2];
    for (int i = 0; dayActual != null && i < Math.min(days, dayActual.length); i++) {
      out[i][0] = dayActual[i];
      out[i][1] = dayProjected[i];
    }
    return out;
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
