package dev.ccgate.cli;

import dev.ccgate.simulator.render.ReportFormat;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** Where a report goes and how it looks: shared by {@code report} and {@code simulate}. */
final class OutputOptions {
  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "table",
      description = "table|json|csv|md, or html for simulate (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(names = "--out", paramLabel = "FILE", description = "Write the report here.")
  Path out;

  @Option(
      names = "--width",
      paramLabel = "N",
      description = "Table width (default $COLUMNS or 100).")
  int width;

  /** The report format; {@code html} is a usage error (only simulate writes it). */
  ReportFormat format(CommandSpec spec) {
    ReportFormat f = simulateFormat(spec);
    if (f.simulateOnly()) {
      throw new ParameterException(spec.commandLine(), "--format html is for ccgate simulate");
    }
    return f;
  }

  /** The report format, {@code html} included. */
  ReportFormat simulateFormat(CommandSpec spec) {
    return OptionValues.parse(spec, () -> ReportFormat.of(format));
  }

  /** The table's column budget: {@code --width}, else {@code $COLUMNS}, else 100. */
  int width() {
    if (width > 0) {
      return width;
    }
    try {
      String columns = System.getenv("COLUMNS");
      return columns == null ? 100 : Integer.parseInt(columns.trim());
    } catch (NumberFormatException e) {
      return 100;
    }
  }
}
