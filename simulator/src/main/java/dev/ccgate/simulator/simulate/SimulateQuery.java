package dev.ccgate.simulator.simulate;

import dev.ccgate.policy.Policy;
import dev.ccgate.policy.load.PendingPolicy;
import dev.ccgate.simulator.load.LoadOptions;
import dev.ccgate.simulator.progress.Progress;
import dev.ccgate.simulator.replay.CacheModel;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A simulation to run: replay {@code load}'s traces through {@code policy}.
 *
 * @param policy the policy, possibly still being parsed: the load waits for it only before it
 *     writes anything, so a policy with errors still stops the command before a database changes
 * @param from the first day reported (policy timezone), or null
 * @param to the last day reported, or null
 * @param teams report only these teams; empty for all
 * @param developers report only these developers (aliases resolved); empty for all
 * @param explain the session to explain turn by turn instead of the report, or null
 * @param decisions where to write the decision log of the reported requests, or null
 * @param replayProgress opens the replay's progress display once loading is done
 */
public record SimulateQuery(
    LoadOptions load,
    PendingPolicy policy,
    CacheModel cacheModel,
    LocalDate from,
    LocalDate to,
    List<String> teams,
    List<String> developers,
    String explain,
    Path decisions,
    Supplier<Progress> replayProgress) {

  /** Validates the query. */
  public SimulateQuery {
    Objects.requireNonNull(load, "load");
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(cacheModel, "cacheModel");
    Objects.requireNonNull(replayProgress, "replayProgress");
    teams = List.copyOf(teams);
    developers = List.copyOf(developers);
    if (from != null && to != null && to.isBefore(from)) {
      throw new IllegalArgumentException("--to " + to + " is before --from " + from);
    }
  }

  /** A query with no filters, no explain, no decision log and no progress. */
  public static SimulateQuery of(LoadOptions load, Policy policy, CacheModel cacheModel) {
    return new SimulateQuery(
        load,
        PendingPolicy.of(policy),
        cacheModel,
        null,
        null,
        List.of(),
        List.of(),
        null,
        null,
        () -> Progress.NONE);
  }
}
