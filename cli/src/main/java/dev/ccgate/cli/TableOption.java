package dev.ccgate.cli;

import dev.ccgate.simulator.render.ReportFormat;
import dev.ccgate.simulator.render.SimulationTable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** Which table {@code --format csv} writes: shared by simulate and diff. */
final class TableOption {
  @Option(
      names = "--table",
      paramLabel = "NAME",
      description =
          "With --format csv: totals|teams|developers|sessions (default), or alerts (simulate"
              + " only).")
  String table;

  /** The CSV table; {@code --table} with another format is a usage error. */
  SimulationTable table(CommandSpec spec, ReportFormat format) {
    if (table != null && format != ReportFormat.CSV) {
      throw new ParameterException(spec.commandLine(), "--table applies to --format csv only");
    }
    return table == null
        ? SimulationTable.SESSIONS
        : OptionValues.parse(spec, () -> SimulationTable.of(table));
  }
}
