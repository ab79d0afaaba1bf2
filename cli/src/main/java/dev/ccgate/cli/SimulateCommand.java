package dev.ccgate.cli;

import dev.ccgate.policy.load.PendingPolicy;
import dev.ccgate.simulator.SimulateService;
import dev.ccgate.simulator.progress.TerminalProgress;
import dev.ccgate.simulator.render.ReportFormat;
import dev.ccgate.simulator.render.SimulationTable;
import dev.ccgate.simulator.simulate.SimulateQuery;
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
 * {@code ccgate simulate POLICY --traces DIR}: replays the traces through the policy and reports
 * what it would have done. A policy with errors prints them ({@code file:line:col}) and exits 1.
 */
@Command(
    name = "simulate",
    mixinStandardHelpOptions = true,
    description =
        "Replay traces through a policy: spend actual vs projected, alerts, downgrades, pauses.")
final class SimulateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "POLICY", description = "The policy file.")
  Path policy;

  @Mixin TraceOptions traces;

  @Mixin OutputOptions output;

  @Mixin FilterOptions filters;

  @Option(
      names = "--decisions",
      paramLabel = "FILE",
      description = "Write every reported request's decision as JSONL (docs/decision-log.md).")
  Path decisions;

  @Option(
      names = "--explain",
      paramLabel = "SESSION",
      description = "Print this session turn by turn instead of the report (text, or html).")
  String explain;

  @Mixin ReplayOptions replay;

  @Mixin TableOption csvTable;

  @Option(names = "--verbose", description = "Print a stack trace on errors.")
  boolean verbose;

  @Override
  public Integer call() throws IOException {
    SimulateService.warmUp(); // DuckDB loads on another core while the policy is read
    PrintWriter err = spec.commandLine().getErr();
    PendingPolicy pending = ReplayOptions.read(policy, err);
    ReportFormat format = output.simulateFormat(spec);
    SimulationTable table = csvTable.table(spec, format);
    if (explain != null && format != ReportFormat.TABLE && format != ReportFormat.HTML) {
      throw new ParameterException(
          spec.commandLine(),
          "--explain prints text or --format html: drop --format "
              + format.name().toLowerCase(java.util.Locale.ROOT));
    }
    SimulateQuery query =
        new SimulateQuery(
            traces.load(spec, filters.owner(), TerminalProgress.forStderr()),
            pending,
            replay.cacheModel(spec),
            filters.from,
            filters.to,
            filters.teams,
            filters.developers,
            explain,
            decisions,
            TerminalProgress::forStderr);
    new SimulateService()
        .run(query, format, table, output.width(), output.out, spec.commandLine().getOut());
    return ExitCode.OK;
  }
}
