package dev.ccgate.simulator.sweep;

import dev.ccgate.simulator.simulate.SimulationReport;
import java.util.List;

/**
 * A sweep's replays, lowest limit first.
 *
 * @param policyReport the replay under the policy as written (its load, policy facts, warnings)
 * @param policyLimitMicros the swept budget's limit in the policy (0: it sets none)
 */
public record SweepResult(
    SimulationReport policyReport,
    SweptBudget budget,
    long policyLimitMicros,
    List<SweepPoint> points) {

  /** Copies the list. */
  public SweepResult {
    points = List.copyOf(points);
  }
}
