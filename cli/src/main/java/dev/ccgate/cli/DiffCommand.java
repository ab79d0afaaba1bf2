package dev.ccgate.cli;

import dev.ccgate.policy.load.PendingPolicy;
import dev.ccgate.simulator.DiffService;
import dev.ccgate.simulator.SimulateService;
import dev.ccgate.simulator.diff.DiffQuery;
import dev.ccgate.simulator.progress.TerminalProgress;
import dev.ccgate.simulator.render.ReportFormat;
import dev.ccgate.simulator.render.SimulationTable;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ccgate diff OLD NEW --traces DIR}: replays the same traces through two policies and
 * reports what changes. Errors in either policy are all printed ({@code file:line:col}), exit 1.
 */
@Command(
    name = "diff",
    mixinStandardHelpOptions = true,
    description =
        "Replay the same traces through two policies: what changes in spend, alerts, downgrades"
            + " and pauses.")
final class DiffCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "OLD", description = "The policy in use (or the baseline).")
  Path oldPolicy;

  @Parameters(index = "1", paramLabel = "NEW", description = "The policy to compare with it.")
  Path newPolicy;

  @Mixin TraceOptions traces;

  @Mixin OutputOptions output;

  @Mixin FilterOptions filters;

  @Mixin ReplayOptions replay;

  @Mixin TableOption csvTable;

  @Option(names = "--verbose", description = "Print a stack trace on errors.")
  boolean verbose;

  @Override
  public Integer call() throws IOException {
    SimulateService.warmUp();
    PrintWriter err = spec.commandLine().getErr();
    PendingPolicy before = ReplayOptions.read(oldPolicy, err);
    PendingPolicy after = ReplayOptions.read(newPolicy, err);
    ReportFormat format = output.format(spec);
    SimulationTable table = csvTable.table(spec, format);
    if (table == SimulationTable.ALERTS) {
      throw new ParameterException(
          spec.commandLine(), "diff's CSV tables are totals|teams|developers|sessions");
    }
    DiffQuery query =
        new DiffQuery(
            traces.load(spec, filters.owner(), TerminalProgress.forStderr()),
            before,
            after,
            replay.cacheModel(spec),
            filters.from,
            filters.to,
            filters.teams,
            filters.developers,
            TerminalProgress::forStderr);
    new DiffService()
        .run(query, format, table, output.width(), output.out, spec.commandLine().getOut());
    return ExitCode.OK;
  }
}
