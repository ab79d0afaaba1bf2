package dev.ccgate.simulator.generate;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What {@code ccgate generate} writes.
 *
 * @param out the folder to write into (created; must be empty or absent)
 * @param format the trace format
 * @param sampleRoster true for the twelve developers of the sample policies; else {@code
 *     developers} numbered developers in {@code teams} teams
 * @param days how many days, from {@code start}, in each developer's own time zone
 * @param seed the seed every random draw descends from
 * @param threads how many developers are generated at once (the output does not depend on it)
 * @param activity what every developer's sessions per day are multiplied by: 1 for the profiles'
 *     own rates; more for a benchmark tree of one very busy developer (the rest of the developer's
 *     traffic, session by session, is the same kind)
 */
public record GenerateOptions(
    Path out,
    GenerateFormat format,
    boolean sampleRoster,
    int developers,
    int teams,
    int days,
    long seed,
    LocalDate start,
    int threads,
    double activity) {

  /** Validates the options. */
  public GenerateOptions {
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(start, "start");
    if (days < 1 || days > 366) {
      throw new IllegalArgumentException("--days must be between 1 and 366");
    }
    if (!sampleRoster && (developers < 1 || developers > 100_000)) {
      throw new IllegalArgumentException("--developers must be between 1 and 100000");
    }
    if (!sampleRoster && (teams < 1 || teams > developers)) {
      throw new IllegalArgumentException("--teams must be between 1 and the number of developers");
    }
    if (!(activity > 0 && activity <= 10_000)) {
      throw new IllegalArgumentException("--activity must be above 0 and at most 10000");
    }
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1");
    }
  }

  /** Options at the profiles' own activity. */
  public GenerateOptions(
      Path out,
      GenerateFormat format,
      boolean sampleRoster,
      int developers,
      int teams,
      int days,
      long seed,
      LocalDate start,
      int threads) {
    this(out, format, sampleRoster, developers, teams, days, seed, start, threads, 1.0);
  }
}
