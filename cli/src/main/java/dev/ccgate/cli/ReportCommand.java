package dev.ccgate.cli;

import dev.ccgate.policy.Policy;
import dev.ccgate.policy.load.PolicyLoader;
import dev.ccgate.simulator.ReportService;
import dev.ccgate.simulator.load.TraceLoader;
import dev.ccgate.simulator.progress.TerminalProgress;
import dev.ccgate.simulator.report.Grouping;
import dev.ccgate.simulator.report.ReportQuery;
import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ccgate report}: the spend report of a folder of traces, without a policy's caps. */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = "Spend per day/week/month and developer, team, model or session.")
final class ReportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin TraceOptions traces;

  @Mixin OutputOptions output;

  @Mixin FilterOptions filters;

  @Option(
      names = "--by",
      paramLabel = "SPEC",
      defaultValue = "day",
      description =
          "day|week|month and/or developer|team|model|session (default: ${DEFAULT-VALUE}).")
  String by;

  @Option(
      names = "--policy",
      paramLabel = "FILE",
      description = "Teams, aliases, timezone, prices.")
  Path policy;

  @Option(names = "--timezone", paramLabel = "ZONE", description = "Report timezone (default UTC).")
  String timezone;

  @Option(names = "--verbose", description = "Print a stack trace on errors.")
  boolean verbose;

  @Override
  public Integer call() throws IOException {
    Policy loaded =
        policy == null ? null : new PolicyLoader(System.getenv()).load(policy).orThrow();
    ReportQuery query =
        new ReportQuery(
            traces.load(spec, filters.owner(), TerminalProgress.forStderr()),
            OptionValues.parse(spec, () -> Grouping.parse(by)),
            timezone == null ? null : OptionValues.parse(spec, () -> ZoneId.of(timezone)),
            filters.from,
            filters.to,
            filters.teams,
            filters.developers,
            loaded);
    new ReportService(new TraceLoader(), TerminalProgress::forStderr)
        .run(query, output.format(spec), output.width(), output.out, spec.commandLine().getOut());
    return ExitCode.OK;
  }
}
