package dev.ccgate.cli;

import dev.ccgate.policy.Policy;
import dev.ccgate.policy.load.PolicyLoader;
import dev.ccgate.simulator.ReportService;
import dev.ccgate.simulator.load.LoadOptions;
import dev.ccgate.simulator.progress.TerminalProgress;
import dev.ccgate.simulator.render.ReportFormat;
import dev.ccgate.simulator.report.Grouping;
import dev.ccgate.simulator.report.ReportQuery;
import dev.ccgate.simulator.trace.TraceFormat;
import java.io.IOException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code ccgate report}: the spend report of a folder of traces, without a policy's caps. */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = "Spend per day/week/month and developer, team, model or session.")
final class ReportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--traces",
      required = true,
      paramLabel = "DIR",
      description = "Trace files or folders (repeatable); formats are detected per file.")
  List<Path> traces = new ArrayList<>();

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

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "table",
      description = "table|json|csv|md (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(names = "--out", paramLabel = "FILE", description = "Write the report here.")
  Path out;

  @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "First day included.")
  LocalDate from;

  @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Last day included.")
  LocalDate to;

  @Option(names = "--team", paramLabel = "T", description = "Only this team (repeatable).")
  List<String> teams = new ArrayList<>();

  @Option(
      names = "--developer",
      paramLabel = "D",
      description =
          "Only this developer (repeatable); also who owns a bare ~/.claude tree given as --traces.")
  List<String> developers = new ArrayList<>();

  @Option(
      names = "--trace-format",
      paramLabel = "FORMAT",
      description = "Force one trace format: transcript|otel|admin|bedrock|litellm|decisions|csv.")
  String traceFormat;

  @Option(names = "--db", paramLabel = "FILE", description = "Keep the loaded DuckDB database.")
  Path db;

  @Option(names = "--strict", description = "Fail on the first bad trace line.")
  boolean strict;

  @Option(
      names = "--width",
      paramLabel = "N",
      description = "Table width (default $COLUMNS or 100).")
  int width;

  @Option(names = "--verbose", description = "Print a stack trace on errors.")
  boolean verbose;

  @Override
  public Integer call() throws IOException {
    Policy loaded =
        policy == null ? null : new PolicyLoader(System.getenv()).load(policy).orThrow();
    ReportQuery query =
        new ReportQuery(
            new LoadOptions(
                traces,
                traceFormat == null ? null : option(() -> TraceFormat.of(traceFormat)),
                developers.size() == 1 ? developers.get(0) : null,
                strict,
                db,
                TerminalProgress.forStderr()),
            option(() -> Grouping.parse(by)),
            timezone == null ? null : option(() -> ZoneId.of(timezone)),
            from,
            to,
            teams,
            developers,
            loaded);
    new ReportService()
        .run(
            query,
            option(() -> ReportFormat.of(format)),
            width(),
            out,
            spec.commandLine().getOut());
    return ExitCode.OK;
  }

  private int width() {
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

  /** A bad option value is a usage error (exit 2), not bad input data. */
  private <T> T option(java.util.function.Supplier<T> parse) {
    try {
      return parse.get();
    } catch (IllegalArgumentException | DateTimeException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
  }
}
