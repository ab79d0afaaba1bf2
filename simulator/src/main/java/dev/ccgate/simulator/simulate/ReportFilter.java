package dev.ccgate.simulator.simulate;

import dev.ccgate.simulator.replay.Turn;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which replayed requests a simulation reports: {@code --from/--to} days in the policy timezone,
 * {@code --team} and {@code --developer} (after the kernel resolves aliases and places the
 * developer in a team; developer ids compare without case, as the kernel's do). The replay itself
 * always runs over all traffic, so shared wallets see every request.
 */
public final class ReportFilter {
  private final long fromMicros;
  private final long toMicros;
  private final Set<String> teams;
  private final Set<String> developers = new HashSet<>();

  /** Days {@code from}..{@code to} (either may be null) in {@code zone}, and the identities. */
  public ReportFilter(
      LocalDate from, LocalDate to, List<String> teams, List<String> developers, ZoneId zone) {
    this.fromMicros = from == null ? Long.MIN_VALUE : micros(from, zone);
    this.toMicros = to == null ? Long.MAX_VALUE : micros(to.plusDays(1), zone);
    this.teams = Set.copyOf(teams);
    developers.forEach(d -> this.developers.add(d.toLowerCase(Locale.ROOT)));
  }

  /** Local midnight of {@code day} in {@code zone}, epoch microseconds. */
  static long micros(LocalDate day, ZoneId zone) {
    return Math.multiplyExact(day.atStartOfDay(zone).toEpochSecond(), 1_000_000L);
  }

  /** True when {@code turn} is reported. */
  public boolean includes(Turn turn) {
    long t = turn.timeMicros();
    if (t < fromMicros || t >= toMicros) {
      return false;
    }
    String team = turn.decision().team(); // null when the policy rejected the developer
    if (!teams.isEmpty() && (team == null || !teams.contains(team))) {
      return false;
    }
    return developers.isEmpty()
        || developers.contains(turn.decision().developer().toLowerCase(Locale.ROOT));
  }
}
