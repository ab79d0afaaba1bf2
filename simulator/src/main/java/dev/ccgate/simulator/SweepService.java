package dev.ccgate.simulator;

import dev.ccgate.policy.Policy;
import dev.ccgate.policy.load.PendingPolicy;
import dev.ccgate.simulator.load.LoadedTraces;
import dev.ccgate.simulator.load.TraceLoader;
import dev.ccgate.simulator.render.ReportFormat;
import dev.ccgate.simulator.replay.KernelBuild;
import dev.ccgate.simulator.simulate.GroupResult;
import dev.ccgate.simulator.simulate.SimulationReport;
import dev.ccgate.simulator.sweep.SweepPoint;
import dev.ccgate.simulator.sweep.SweepQuery;
import dev.ccgate.simulator.sweep.SweepResult;
import dev.ccgate.simulator.sweep.SweptBudget;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * {@code ccgate sweep}: load the traces once and replay them through the policy once per limit of
 * one budget, each replay as {@code ccgate simulate} runs it with that one limit changed.
 */
public final class SweepService {
  /** Without {@code --usd}: these fractions of the policy's own limit (in percent). */
  static final List<Integer> LADDER_PERCENT = List.of(50, 75, 100, 125, 150, 200);

  private final TraceLoader loader;

  /** A service loading with every core. */
  public SweepService() {
    this(new TraceLoader());
  }

  /** A service using {@code loader}. */
  public SweepService(TraceLoader loader) {
    this.loader = loader;
  }

  /** Runs {@code query} and writes the result as {@code format} (to {@code out}, else stdout). */
  public SweepResult run(SweepQuery query, ReportFormat format, int width, Path out, Writer stdout)
      throws IOException {
    SweepResult result = sweep(query);
    ReportOutput.write(out, stdout, w -> format.sweepRenderer(width).render(result, w));
    return result;
  }

  /** Loads the traces and replays them at each limit. */
  public SweepResult sweep(SweepQuery query) throws IOException {
    KernelBuild asWritten = KernelBuild.start(query.policy());
    try (LoadedTraces traces = loader.load(query.load(), query.policy()::get)) {
      Policy policy = query.policy().get();
      SweptBudget budget = query.budget();
      long own = budget.limitIn(policy); // also: a team the policy lacks fails here
      SimulationReport asWrittenReport =
          SimulateService.replayLoaded(query.replay(query.policy()), asWritten, traces, false)
              .report();
      List<SweepPoint> points = new ArrayList<>();
      for (long limit : limits(query, own)) {
        SimulationReport r;
        if (limit == own) {
          r = asWrittenReport;
        } else {
          Policy changed = budget.apply(policy, limit);
          r =
              SimulateService.replayLoaded(
                      query.replay(PendingPolicy.of(changed)),
                      KernelBuild.start(changed),
                      traces,
                      false)
                  .report();
        }
        points.add(new SweepPoint(limit, limit == own, r.totals(), team(r, budget)));
      }
      return new SweepResult(asWrittenReport, budget, own, points);
    } catch (SQLException e) {
      throw SimulateService.database(e);
    }
  }

  /** The limits to replay, lowest first: those asked for, or the ladder; the policy's own too. */
  static List<Long> limits(SweepQuery query, long own) {
    TreeSet<Long> limits = new TreeSet<>(query.limitsMicros());
    if (limits.isEmpty()) {
      if (own <= 0) {
        throw new IllegalArgumentException(
            query.budget().id() + " has no limit in the policy: name the limits to try (--usd)");
      }
      for (int percent : LADDER_PERCENT) {
        // To the cent: $300 gives $150.00, $225.00, … rather than micro-dollar fractions.
        long cents = Math.max(1, Math.round(own * (percent / 100.0) / 10_000));
        limits.add(cents * 10_000);
      }
    }
    if (own > 0) {
      limits.add(own);
    }
    return List.copyOf(limits);
  }

  private static GroupResult team(SimulationReport r, SweptBudget budget) {
    if (budget.kind() != SweptBudget.Kind.TEAM) {
      return null;
    }
    return r.teams().stream().filter(t -> t.id().equals(budget.team())).findFirst().orElse(null);
  }
}
