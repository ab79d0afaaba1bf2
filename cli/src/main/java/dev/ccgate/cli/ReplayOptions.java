package dev.ccgate.cli;

import dev.ccgate.policy.load.LoadResult;
import dev.ccgate.simulator.render.ReportFormat;
import dev.ccgate.simulator.render.SimulationTable;
import dev.ccgate.simulator.replay.CacheModel;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** How a replay prices moved turns and which CSV table it writes: shared by simulate and diff. */
final class ReplayOptions {
  @Option(
      names = "--cache-model",
      paramLabel = "MODEL",
      defaultValue = "session",
      description = "session|none: how a moved turn's cache reads are charged (default: session).")
  String cacheModel;

  @Option(
      names = "--table",
      paramLabel = "NAME",
      description =
          "With --format csv: totals|teams|developers|sessions|alerts (default sessions).")
  String table;

  CacheModel cacheModel(CommandSpec spec) {
    return OptionValues.parse(spec, () -> CacheModel.of(cacheModel));
  }

  /** The CSV table; {@code --table} with another format is a usage error. */
  SimulationTable table(CommandSpec spec, ReportFormat format) {
    if (table != null && format != ReportFormat.CSV) {
      throw new ParameterException(spec.commandLine(), "--table applies to --format csv only");
    }
    return table == null
        ? SimulationTable.SESSIONS
        : OptionValues.parse(spec, () -> SimulationTable.of(table));
  }

  /**
   * Says on {@code err} that {@code policy} has warnings, without listing them: most (an unset
   * webhook variable) matter to the gateway, not to a replay.
   */
  static void warnings(Path policy, LoadResult loaded, PrintWriter err) {
    if (loaded.warnings().isEmpty()) {
      return;
    }
    int n = loaded.warnings().size();
    err.println(
        "ccgate: the policy has "
            + n
            + (n == 1 ? " warning" : " warnings")
            + " (ccgate validate "
            + policy
            + " lists "
            + (n == 1 ? "it" : "them")
            + ")");
  }
}
