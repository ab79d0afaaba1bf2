package dev.ccgate.simulator.diff;

import dev.ccgate.simulator.simulate.SimulationReport;
import java.util.List;

/**
 * Two policies replayed over the same traffic.
 *
 * @param oldReport the old policy's simulation
 * @param newReport the new policy's simulation
 * @param teams every team either policy has, most actual spend first, then by id
 * @param developers every developer, largest change in projected spend first (by size), then by id
 * @param sessions only the sessions the policies treated differently, in start order, then by id
 * @param warnings both reports' warnings, each once; one only a single policy gave says which
 */
public record PolicyDiff(
    SimulationReport oldReport,
    SimulationReport newReport,
    List<GroupChange> teams,
    List<GroupChange> developers,
    List<SessionChange> sessions,
    List<String> warnings) {

  /** Copies the lists. */
  public PolicyDiff {
    teams = List.copyOf(teams);
    developers = List.copyOf(developers);
    sessions = List.copyOf(sessions);
    warnings = List.copyOf(warnings);
  }

  /** New minus old projected spend over all reported traffic. */
  public long changeMicros() {
    return newReport.totals().projectedMicros() - oldReport.totals().projectedMicros();
  }
}
