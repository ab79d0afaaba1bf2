package dev.ccgate.simulator;

import dev.ccgate.policy.load.InvalidPolicyException;
import dev.ccgate.policy.load.PendingPolicy;
import dev.ccgate.simulator.diff.DiffQuery;
import dev.ccgate.simulator.diff.PolicyDiff;
import dev.ccgate.simulator.diff.PolicyDiffer;
import dev.ccgate.simulator.load.LoadedTraces;
import dev.ccgate.simulator.load.TraceLoader;
import dev.ccgate.simulator.render.ReportFormat;
import dev.ccgate.simulator.render.SimulationTable;
import dev.ccgate.simulator.replay.KernelBuild;
import dev.ccgate.simulator.simulate.SimulationReport;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;

/**
 * {@code ccgate diff}: load the traces once, replay them through the old and then the new policy
 * (each replay as {@code ccgate simulate} runs it, so each side is what simulate would report), and
 * render what changed.
 */
public final class DiffService {
  private final TraceLoader loader;

  /** A service loading with every core. */
  public DiffService() {
    this(new TraceLoader());
  }

  /** A service using {@code loader}. */
  public DiffService(TraceLoader loader) {
    this.loader = loader;
  }

  /**
   * Runs {@code query} and writes the comparison as {@code format} ({@code table} picks the CSV
   * table) to {@code out}, or to {@code stdout} when {@code out} is null.
   */
  public PolicyDiff run(
      DiffQuery query,
      ReportFormat format,
      SimulationTable table,
      int width,
      Path out,
      Writer stdout)
      throws IOException {
    PolicyDiff diff = diff(query);
    ReportOutput.write(out, stdout, w -> format.diffRenderer(width, table).render(diff, w));
    return diff;
  }

  /** Loads the traces and replays them through both policies. */
  public PolicyDiff diff(DiffQuery query) throws IOException {
    // Both policies are parsed and indexed while the traces are found, as simulate does with one.
    KernelBuild oldKernel = KernelBuild.start(query.oldPolicy());
    KernelBuild newKernel = KernelBuild.start(query.newPolicy());
    try (LoadedTraces traces = loader.load(query.load(), () -> bothValid(query))) {
      bothValid(query); // also when a kept database is reused and the load wrote nothing
      SimulationReport oldReport =
          SimulateService.replayLoaded(query.side(query.oldPolicy()), oldKernel, traces, false)
              .report();
      SimulationReport newReport =
          SimulateService.replayLoaded(query.side(query.newPolicy()), newKernel, traces, false)
              .report();
      return PolicyDiffer.diff(oldReport, newReport);
    } catch (SQLException e) {
      throw SimulateService.database(e);
    }
  }

  /**
   * Waits for both policies; when either has errors, throws them all (the second policy's as a
   * suppressed exception), so one run shows everything to fix.
   */
  private static void bothValid(DiffQuery query) {
    InvalidPolicyException first = null;
    for (PendingPolicy p : List.of(query.oldPolicy(), query.newPolicy())) {
      try {
        p.get();
      } catch (InvalidPolicyException e) {
        if (first == null) {
          first = e;
        } else {
          first.addSuppressed(e);
        }
      }
    }
    if (first != null) {
      throw first;
    }
  }
}
