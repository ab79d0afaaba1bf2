package dev.ccgate.cli;

import dev.ccgate.simulator.generate.GenerateFormat;
import dev.ccgate.simulator.generate.GenerateOptions;
import dev.ccgate.simulator.generate.GenerateSummary;
import dev.ccgate.simulator.generate.TrafficGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code ccgate generate}: synthetic Claude Code traffic for a roster, from a seed. */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    description = "Write realistic synthetic Claude Code usage (same seed, same bytes).")
final class GenerateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "DIR",
      description = "New or empty folder.")
  Path out;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "transcripts",
      description = "transcripts|otel|csv (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(
      names = "--developers",
      paramLabel = "N",
      description = "Developers dev001@example.com... (default 20).")
  Integer developers;

  @Option(names = "--teams", paramLabel = "T", description = "Teams team-1... (default 3).")
  Integer teams;

  @Option(
      names = "--roster",
      paramLabel = "sample",
      description = "'sample': the 12 developers and 3 teams of sample-traces/policies.")
  String roster;

  @Option(
      names = "--days",
      paramLabel = "N",
      defaultValue = "30",
      description = "Days (default: ${DEFAULT-VALUE}).")
  int days;

  @Option(
      names = "--start",
      paramLabel = "YYYY-MM-DD",
      defaultValue = "2026-11-01",
      description = "First day (default: ${DEFAULT-VALUE}).")
  LocalDate start;

  @Option(
      names = "--seed",
      paramLabel = "N",
      defaultValue = "1",
      description = "Random seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--activity",
      paramLabel = "X",
      defaultValue = "1",
      description =
          "Multiply every developer's sessions per day by X (default: ${DEFAULT-VALUE}); e.g."
              + " --developers 1 --activity 450 for one very busy developer (~600K lines in 30"
              + " days).")
  double activity;

  @Option(names = "--verbose", description = "Print a stack trace on errors.")
  boolean verbose;

  @Override
  public Integer call() throws IOException {
    boolean sample = roster != null;
    if (sample && !roster.equals("sample")) {
      throw new ParameterException(spec.commandLine(), "--roster takes only 'sample'");
    }
    if (sample && (developers != null || teams != null)) {
      throw new ParameterException(
          spec.commandLine(), "--roster sample fixes the developers and teams");
    }
    if (Files.isDirectory(out)) {
      try (Stream<Path> entries = Files.list(out)) {
        if (entries.findAny().isPresent()) {
          throw new ParameterException(spec.commandLine(), "--out " + out + " is not empty");
        }
      }
    }
    GenerateOptions options;
    try {
      options =
          new GenerateOptions(
              out,
              GenerateFormat.of(format),
              sample,
              developers == null ? 20 : developers,
              teams == null ? 3 : teams,
              days,
              seed,
              start,
              Runtime.getRuntime().availableProcessors(),
              activity);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage(), e);
    }
    GenerateSummary summary = new TrafficGenerator().generate(options);
    spec.commandLine().getOut().print(summary.describe(out.toString()));
    return ExitCode.OK;
  }
}
