package dev.ccgate.simulator.diff;

import dev.ccgate.policy.load.PendingPolicy;
import dev.ccgate.simulator.load.LoadOptions;
import dev.ccgate.simulator.progress.Progress;
import dev.ccgate.simulator.replay.CacheModel;
import dev.ccgate.simulator.simulate.SimulateQuery;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A comparison to run: replay {@code load}'s traces through {@code oldPolicy} and {@code
 * newPolicy}. The filters and the cache model apply to both, as in {@link SimulateQuery}.
 */
public record DiffQuery(
    LoadOptions load,
    PendingPolicy oldPolicy,
    PendingPolicy newPolicy,
    CacheModel cacheModel,
    LocalDate from,
    LocalDate to,
    List<String> teams,
    List<String> developers,
    Supplier<Progress> replayProgress) {

  /** Validates the query. */
  public DiffQuery {
    Objects.requireNonNull(oldPolicy, "oldPolicy");
    Objects.requireNonNull(newPolicy, "newPolicy");
    teams = List.copyOf(teams);
    developers = List.copyOf(developers);
    // The one-sided checks (dates in order, nothing null) are SimulateQuery's: fail here, not
    // after the first replay. (The fields are not assigned yet, so side() cannot be used.)
    new SimulateQuery(
        load, oldPolicy, cacheModel, from, to, teams, developers, null, null, replayProgress);
  }

  /** The simulation of one side. */
  public SimulateQuery side(PendingPolicy policy) {
    return new SimulateQuery(
        load, policy, cacheModel, from, to, teams, developers, null, null, replayProgress);
  }
}
