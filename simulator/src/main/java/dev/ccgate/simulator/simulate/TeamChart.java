package dev.ccgate.simulator.simulate;

import dev.ccgate.policy.Period;
import dev.ccgate.policy.Stage;
import java.time.LocalDate;
import java.util.List;

/**
 * A team's spend day by day against its budget's stages, for the HTML report's chart.
 *
 * @param period the budget period charted: the team's shortest with a limit (daily when it has
 *     none)
 * @param limitMicros that period's limit, 0 when the team has no budget
 * @param stages the stages of the team's wallets (its own, else the policy's defaults); empty
 *     without a limit
 * @param days every day from the report's first to its last, in the policy timezone
 */
public record TeamChart(
    String team, Period period, long limitMicros, List<Stage> stages, List<Day> days) {
  /** Copies the lists. */
  public TeamChart {
    stages = List.copyOf(stages);
    days = List.copyOf(days);
  }

  /**
   * One day: the team's spend that day, and since its period began (what the stages compare with).
   */
  public record Day(
      LocalDate day,
      long actualMicros,
      long projectedMicros,
      long periodActualMicros,
      long periodProjectedMicros) {}
}
