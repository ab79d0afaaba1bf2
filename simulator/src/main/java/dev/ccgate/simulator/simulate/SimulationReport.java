package dev.ccgate.simulator.simulate;

import dev.ccgate.simulator.load.LoadReport;
import dev.ccgate.simulator.replay.CacheModel;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * A finished simulation, every list in output order: teams and developers by actual spend (highest
 * first), then id; sessions by start, then id; alerts by time, then wallet and threshold; channels
 * by name.
 *
 * @param policy the policy file
 * @param zone the policy's timezone, which days, periods and the text reports use
 * @param from the first day reported, or null
 * @param to the last day reported, or null
 * @param charts each team's spend per day against its stages, in team order; empty unless the
 *     replay was asked for charts (the HTML report)
 * @param warnings things a reader of the numbers must know (unknown models, unlisted developers)
 */
public record SimulationReport(
    LoadReport load,
    String policy,
    ZoneId zone,
    String pricesAsOf,
    CacheModel cacheModel,
    LocalDate from,
    LocalDate to,
    List<String> teamFilter,
    List<String> developerFilter,
    SimulationTotals totals,
    List<ChannelCount> channels,
    List<GroupResult> teams,
    List<GroupResult> developers,
    List<SessionResult> sessions,
    List<AlertResult> alerts,
    List<TeamChart> charts,
    List<String> warnings) {

  /** Copies the lists. */
  public SimulationReport {
    teamFilter = List.copyOf(teamFilter);
    developerFilter = List.copyOf(developerFilter);
    channels = List.copyOf(channels);
    teams = List.copyOf(teams);
    developers = List.copyOf(developers);
    sessions = List.copyOf(sessions);
    alerts = List.copyOf(alerts);
    charts = List.copyOf(charts);
    warnings = List.copyOf(warnings);
  }
}
