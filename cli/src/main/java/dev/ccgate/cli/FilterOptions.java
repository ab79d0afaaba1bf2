package dev.ccgate.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** Which requests a report covers: shared by {@code report} and {@code simulate}. */
final class FilterOptions {
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

  /** The single developer named, who owns a bare {@code ~/.claude}-like tree; else null. */
  String owner() {
    return developers.size() == 1 ? developers.get(0) : null;
  }
}
