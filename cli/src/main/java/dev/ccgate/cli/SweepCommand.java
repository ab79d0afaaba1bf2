package dev.ccgate.cli;

import dev.ccgate.policy.load.PendingPolicy;
import dev.ccgate.simulator.SimulateService;
import dev.ccgate.simulator.SweepService;
import dev.ccgate.simulator.progress.TerminalProgress;
import dev.ccgate.simulator.sweep.SweepQuery;
import dev.ccgate.simulator.sweep.SweptBudget;
import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ccgate sweep POLICY --traces DIR --budget team:data:daily}: replays the traces once per
 * limit of one budget and tabulates what each would have done.
 */
@Command(
    name = "sweep",
    mixinStandardHelpOptions = true,
    description = "Replay the traces once per limit of one budget: which cap should a team get?")
final class SweepCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "POLICY", description = "The policy file.")
  Path policy;

  @Option(
      names = "--budget",
      required = true,
      paramLabel = "WALLET",
      description =
          "The budget to vary: team:<team>:<period>, org:<period> or developers:<period>.")
  String budget;

  @Option(
      names = "--usd",
      split = ",",
      paramLabel = "USD",
      description =
          "The limits to try, e.g. 150,300,450 (default: 50, 75, 100, 125, 150 and 200%% of the"
              + " policy's own).")
  List<BigDecimal> usd = new ArrayList<>();

  @Mixin TraceOptions traces;

  @Mixin OutputOptions output;

  @Mixin ReplayOptions replay;

  @Option(names = "--verbose", description = "Print a stack trace on errors.")
  boolean verbose;

  @Override
  public Integer call() throws IOException {
    SimulateService.warmUp();
    PrintWriter err = spec.commandLine().getErr();
    SweptBudget swept = OptionValues.parse(spec, () -> SweptBudget.parse(budget));
    List<Long> limits = OptionValues.parse(spec, this::limits);
    PendingPolicy pending = ReplayOptions.read(policy, err);
    SweepQuery query =
        new SweepQuery(
            traces.load(spec, null, TerminalProgress.forStderr()),
            pending,
            swept,
            limits,
            replay.cacheModel(spec),
            TerminalProgress::forStderr);
    new SweepService()
        .run(query, output.format(spec), output.width(), output.out, spec.commandLine().getOut());
    return ExitCode.OK;
  }

  private List<Long> limits() {
    List<Long> out = new ArrayList<>();
    for (BigDecimal d : usd) {
      if (d.signum() <= 0) {
        throw new IllegalArgumentException(
            "--usd " + d.toPlainString() + ": a limit is more than $0");
      }
      try {
        out.add(d.movePointRight(6).longValueExact());
      } catch (ArithmeticException e) {
        throw new IllegalArgumentException(
            "--usd " + d.toPlainString() + ": at most six decimals (micro-dollars)");
      }
    }
    return out;
  }
}
