package dev.ccgate.simulator.sweep;

import dev.ccgate.policy.load.PendingPolicy;
import dev.ccgate.simulator.load.LoadOptions;
import dev.ccgate.simulator.progress.Progress;
import dev.ccgate.simulator.replay.CacheModel;
import dev.ccgate.simulator.simulate.SimulateQuery;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A sweep to run: replay {@code load}'s traces through {@code policy} once per limit of {@code
 * budget}.
 *
 * @param limitsMicros the limits to try; empty for a ladder around the policy's own limit
 */
public record SweepQuery(
    LoadOptions load,
    PendingPolicy policy,
    SweptBudget budget,
    List<Long> limitsMicros,
    CacheModel cacheModel,
    Supplier<Progress> replayProgress) {

  /** Validates the query. */
  public SweepQuery {
    Objects.requireNonNull(load, "load");
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(budget, "budget");
    Objects.requireNonNull(cacheModel, "cacheModel");
    Objects.requireNonNull(replayProgress, "replayProgress");
    limitsMicros = List.copyOf(limitsMicros);
    for (long l : limitsMicros) {
      if (l <= 0) {
        throw new IllegalArgumentException("a swept limit must be more than $0");
      }
    }
  }

  /** One replay: all traffic, nothing filtered, no decision log. */
  public SimulateQuery replay(PendingPolicy p) {
    return new SimulateQuery(
        load, p, cacheModel, null, null, List.of(), List.of(), null, null, replayProgress);
  }
}
