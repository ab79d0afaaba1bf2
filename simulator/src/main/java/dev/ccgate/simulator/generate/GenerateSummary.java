package dev.ccgate.simulator.generate;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * What {@code ccgate generate} wrote, and the ground truth a loader must reproduce from it.
 *
 * @param apiCalls distinct API calls made (what dedup must leave, besides error lines)
 * @param subagentCalls the sidechain part of {@code apiCalls} (subagents and asides)
 * @param errors {@code <synthetic>} API-error lines (transcripts) or {@code api_error} records
 * @param usageLines lines (rows, records) that carry usage, duplicates included
 * @param teams list-price spend per team, by team name
 */
public record GenerateSummary(
    GenerateFormat format,
    int developers,
    List<TeamSpend> teams,
    int days,
    LocalDate start,
    long seed,
    long files,
    long lines,
    long bytes,
    long sessions,
    long apiCalls,
    long subagentCalls,
    long errors,
    long usageLines,
    long elapsedNanos) {

  /** One team's list-price spend, in micro-dollars. */
  public record TeamSpend(String team, int developers, long costMicros) {}

  /** Copies the team list. */
  public GenerateSummary {
    teams = List.copyOf(teams);
  }

  /**
   * The requests a loader should keep after transcript dedup: every API call, plus the zero-usage
   * {@code <synthetic>} error lines, which transcripts record as requests.
   */
  public long expectedRequests() {
    return apiCalls + (format == GenerateFormat.TRANSCRIPTS ? errors : 0);
  }

  /** The usage lines that are Claude Code's duplicates (transcripts only; 0 otherwise). */
  public long duplicateLines() {
    return usageLines - expectedRequests();
  }

  /** Total list-price spend, micro-dollars. */
  public long costMicros() {
    return teams.stream().mapToLong(TeamSpend::costMicros).sum();
  }

  /** A few lines for a person: what was written where, and how fast. */
  public String describe(String out) {
    double seconds = elapsedNanos / 1e9;
    double mb = bytes / 1e6;
    StringBuilder b = new StringBuilder();
    b.append(
        String.format(
            Locale.ROOT,
            "wrote %s files, %s lines, %.1f MB of %s to %s\n",
            count(files),
            count(lines),
            mb,
            format.id(),
            out));
    b.append(
        String.format(
            Locale.ROOT,
            "%d developers in %d teams, %d days from %s, seed %d: %s sessions\n",
            developers,
            teams.size(),
            days,
            start,
            seed,
            count(sessions)));
    b.append(
        String.format(
            Locale.ROOT,
            "%s API calls (%s by subagents), %s error lines, %s duplicate lines;"
                + " requests after dedup: %s\n",
            count(apiCalls),
            count(subagentCalls),
            count(errors),
            count(duplicateLines()),
            count(expectedRequests())));
    b.append("list-price spend:");
    for (TeamSpend t : teams) {
      b.append(' ').append(t.team()).append(' ').append(usd(t.costMicros())).append(',');
    }
    b.append(" total ").append(usd(costMicros())).append("\n");
    b.append(
        String.format(
            Locale.ROOT, "%.1f s, %.1f MB/s\n", seconds, seconds > 0 ? mb / seconds : 0.0));
    return b.toString();
  }

  private static String count(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  private static String usd(long micros) {
    return String.format(Locale.ROOT, "$%,.2f", micros / 1e6);
  }
}
