package dev.ccgate.simulator.simulate;

import dev.ccgate.kernel.Decision;
import dev.ccgate.kernel.StageCrossed;
import dev.ccgate.policy.Policy;
import dev.ccgate.policy.StageAction;
import dev.ccgate.policy.Team;
import dev.ccgate.simulator.replay.Turn;
import dev.ccgate.simulator.replay.TurnSink;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Sums the replay as it goes, per team, developer and session, and collects the alerts: nothing per
 * request is kept, so memory grows with sessions and alerts, not with requests. Only the requests
 * the {@link ReportFilter} keeps are counted.
 */
public final class SimulationAggregator implements TurnSink {
  /** The team shown for a request the policy rejected before placing it in a team. */
  public static final String NO_TEAM = "-";

  private final ReportFilter filter;
  private final Set<String> listed = new HashSet<>();
  private final Map<String, GroupTally> teams = new HashMap<>();
  private final Map<String, GroupTally> developers = new HashMap<>();
  private final Set<String> unlisted = new TreeSet<>();
  private final List<AlertResult> alerts = new ArrayList<>();
  private final Map<String, long[]> channels = new TreeMap<>();
  private final Map<StageAction, String> stages = new EnumMap<>(StageAction.class);
  private SessionTally[] sessions = new SessionTally[1024];
  // The sessions in the order the replay first saw them, which is their start order (the replay
  // runs in time order): sorting them for output is then one pass instead of a full sort.
  private final List<SessionTally> sessionsByStart = new ArrayList<>();
  private GroupTally[] byCode = new GroupTally[64];
  private final long[] totals = new long[Total.values().length];

  private final Policy policy;
  private final DayClock days;

  /**
   * An aggregator of the requests {@code filter} keeps, replayed under {@code policy}; with {@code
   * charts}, each team's spend per day too (its {@link TeamChart}s; empty otherwise).
   */
  public SimulationAggregator(ReportFilter filter, Policy policy, boolean charts) {
    this.filter = filter;
    this.policy = policy;
    this.days = charts ? new DayClock(policy.timezone()) : null;
    for (StageAction a : StageAction.values()) {
      stages.put(a, a.key());
    }
    for (Team team : policy.teams()) {
      team.developers().forEach(d -> listed.add(d.toLowerCase(Locale.ROOT)));
    }
    policy
        .developers()
        .overrides()
        .forEach(
            (developer, override) -> {
              listed.add(developer.toLowerCase(Locale.ROOT));
              override.aliases().forEach(a -> listed.add(a.toLowerCase(Locale.ROOT)));
            });
  }

  private enum Total {
    REQUESTS,
    ACTUAL,
    PROJECTED,
    REFUSED_ACTUAL,
    DOWNGRADED,
    REROUTED,
    PAUSED,
    REJECTED,
    WITHOUT_SESSION,
    REWRITTEN
  }

  @Override
  public void accept(Turn turn) {
    if (!filter.includes(turn)) {
      return;
    }
    Decision d = turn.decision();
    String developer = d.developer();
    String team = d.team() == null ? NO_TEAM : d.team();
    long actual = turn.actualMicros();
    long projected = turn.projectedMicros();
    totals[Total.REQUESTS.ordinal()]++;
    totals[Total.ACTUAL.ordinal()] += actual;
    totals[Total.PROJECTED.ordinal()] += projected;
    totals[Total.REWRITTEN.ordinal()] += turn.rewrittenCacheTokens();
    switch (d.action()) {
      case DOWNGRADE -> totals[Total.DOWNGRADED.ordinal()]++;
      case ROUTE -> totals[Total.REROUTED.ordinal()]++;
      case PAUSE -> totals[Total.PAUSED.ordinal()]++;
      case REJECT -> totals[Total.REJECTED.ordinal()]++;
      case ALLOW -> {}
    }
    if (d.action().refuses()) {
      totals[Total.REFUSED_ACTUAL.ordinal()] += actual;
    }
    GroupTally byTeam = teams.computeIfAbsent(team, GroupTally::new);
    byTeam.add(team, d.action(), actual, projected);
    if (days != null) {
      byTeam.addDay(days.index(turn.timeMicros()), actual, projected);
    }
    GroupTally byDeveloper = developer(turn.developerCode(), developer);
    byDeveloper.add(team, d.action(), actual, projected);
    SessionTally session = session(turn, developer, team);
    if (session != null) {
      session.add(turn);
    } else {
      totals[Total.WITHOUT_SESSION.ordinal()]++;
    }
    for (StageCrossed c : turn.settlement().crossings()) {
      alert(c, turn, session, byTeam, byDeveloper);
    }
  }

  /**
   * The tally of {@code developer}, found first by the export's developer code: the kernel gives
   * the same canonical id instance for the same export identity, so one reference check replaces a
   * hash lookup on every request.
   */
  private GroupTally developer(int code, String developer) {
    if (code < byCode.length && byCode[code] != null && byCode[code].id == developer) {
      return byCode[code];
    }
    GroupTally tally = developers.get(developer);
    if (tally == null) {
      tally = new GroupTally(developer);
      developers.put(developer, tally);
      if (!listed.contains(developer.toLowerCase(Locale.ROOT))) {
        unlisted.add(developer);
      }
    }
    if (code >= byCode.length) {
      byCode = Arrays.copyOf(byCode, Math.max(code + 1, byCode.length * 2));
    }
    byCode[code] = tally;
    return tally;
  }

  private SessionTally session(Turn turn, String developer, String team) {
    int code = turn.sessionCode();
    if (code == 0) {
      return null;
    }
    if (code >= sessions.length) {
      sessions = Arrays.copyOf(sessions, Math.max(code + 1, sessions.length * 2));
    }
    SessionTally s = sessions[code];
    if (s == null) {
      s = new SessionTally(turn.request().sessionId(), developer, team, turn.time());
      sessions[code] = s;
      sessionsByStart.add(s);
    }
    return s;
  }

  private void alert(
      StageCrossed c, Turn turn, SessionTally session, GroupTally team, GroupTally developer) {
    alerts.add(
        new AlertResult(
            c.time(),
            c.wallet().key(),
            stages.get(c.action()),
            c.atBasisPoints(),
            c.percentBasisPoints(),
            c.spentMicros(),
            c.limitMicros(),
            c.resetAt(),
            c.channel(),
            c.developer(),
            c.team(),
            turn.request().sessionId()));
    channels.computeIfAbsent(c.channel() == null ? "" : c.channel(), k -> new long[1])[0]++;
    team.alerts++;
    developer.alerts++;
    if (session != null) {
      session.alert(c);
    }
  }

  /** Developers the policy does not list (placed by their export's team or the default team). */
  public Set<String> unlistedDevelopers() {
    return unlisted;
  }

  /** The replay's results, sorted for output. */
  public Results results() {
    List<SessionResult> sessionResults = new ArrayList<>();
    long[] outcomes = new long[SessionOutcome.values().length];
    for (SessionTally s : sessionsByStart) {
      SessionResult r = s.result();
      sessionResults.add(r);
      outcomes[r.outcome().ordinal()]++;
      teams.get(s.team).addSession(r.outcome());
      developers.get(s.developer).addSession(r.outcome());
    }
    for (GroupTally developer : developers.values()) {
      developer.developers = 1;
      for (String team : developer.teams) {
        teams.get(team).developers++;
      }
    }
    sessionResults.sort(SimulationAggregator::byStartThenId);
    List<AlertResult> sortedAlerts = new ArrayList<>(alerts);
    sortedAlerts.sort(
        Comparator.comparing(AlertResult::time)
            .thenComparing(AlertResult::wallet)
            .thenComparingInt(AlertResult::atBasisPoints));
    List<ChannelCount> channelCounts = new ArrayList<>();
    channels.forEach((k, v) -> channelCounts.add(new ChannelCount(k.isEmpty() ? null : k, v[0])));
    SimulationTotals t =
        new SimulationTotals(
            totals[Total.REQUESTS.ordinal()],
            sessionResults.size(),
            developers.size(),
            teams.size(),
            totals[Total.ACTUAL.ordinal()],
            totals[Total.PROJECTED.ordinal()],
            totals[Total.REFUSED_ACTUAL.ordinal()],
            outcomes[SessionOutcome.ALERTED.ordinal()],
            outcomes[SessionOutcome.DOWNGRADED.ordinal()],
            outcomes[SessionOutcome.PAUSED.ordinal()],
            outcomes[SessionOutcome.REJECTED.ordinal()],
            totals[Total.DOWNGRADED.ordinal()],
            totals[Total.REROUTED.ordinal()],
            totals[Total.PAUSED.ordinal()],
            totals[Total.REJECTED.ordinal()],
            totals[Total.WITHOUT_SESSION.ordinal()],
            alerts.size(),
            totals[Total.REWRITTEN.ordinal()]);
    List<GroupResult> teamResults = sorted(teams);
    List<TeamChart> charts = new ArrayList<>();
    for (GroupResult g : days == null ? List.<GroupResult>of() : teamResults) {
      charts.add(TeamCharts.of(g.id(), teams.get(g.id()), days.first(), days.count(), policy));
    }
    return new Results(
        t, channelCounts, teamResults, sorted(developers), sessionResults, sortedAlerts, charts);
  }

  private static int byStartThenId(SessionResult a, SessionResult b) {
    int byStart = a.start().compareTo(b.start());
    return byStart != 0 ? byStart : a.session().compareTo(b.session());
  }

  private static List<GroupResult> sorted(Map<String, GroupTally> groups) {
    List<GroupResult> out = new ArrayList<>();
    groups.values().forEach(g -> out.add(g.result()));
    out.sort(
        Comparator.comparingLong(GroupResult::actualMicros)
            .reversed()
            .thenComparing(GroupResult::id));
    return out;
  }

  /** The aggregates, sorted for output. */
  public record Results(
      SimulationTotals totals,
      List<ChannelCount> channels,
      List<GroupResult> teams,
      List<GroupResult> developers,
      List<SessionResult> sessions,
      List<AlertResult> alerts,
      List<TeamChart> charts) {}
}
