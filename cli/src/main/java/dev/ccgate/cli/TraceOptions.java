package dev.ccgate.cli;

import dev.ccgate.simulator.load.LoadOptions;
import dev.ccgate.simulator.progress.Progress;
import dev.ccgate.simulator.trace.TraceFormat;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * The options that say which traces to load and how: shared by {@code report} and {@code simulate}.
 */
final class TraceOptions {
  @Option(
      names = "--traces",
      required = true,
      paramLabel = "DIR",
      description = "Trace files or folders (repeatable); formats are detected per file.")
  List<Path> traces = new ArrayList<>();

  @Option(
      names = "--trace-format",
      paramLabel = "FORMAT",
      description = "Force one trace format: transcript|otel|admin|bedrock|litellm|decisions|csv.")
  String traceFormat;

  @Option(names = "--db", paramLabel = "FILE", description = "Keep the loaded DuckDB database.")
  Path db;

  @Option(names = "--strict", description = "Fail on the first bad trace line.")
  boolean strict;

  /** The load options; {@code owner} is who a bare {@code ~/.claude}-like tree belongs to. */
  LoadOptions load(CommandSpec spec, String owner, Progress progress) {
    return new LoadOptions(
        traces,
        traceFormat == null ? null : OptionValues.parse(spec, () -> TraceFormat.of(traceFormat)),
        owner,
        strict,
        db,
        progress);
  }
}
