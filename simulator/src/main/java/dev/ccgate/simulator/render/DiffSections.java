package dev.ccgate.simulator.render;

import dev.ccgate.kernel.Percent;
import dev.ccgate.simulator.diff.GroupChange;
import dev.ccgate.simulator.diff.PolicyDiff;
import dev.ccgate.simulator.diff.SessionChange;
import dev.ccgate.simulator.simulate.GroupResult;
import dev.ccgate.simulator.simulate.SessionResult;
import dev.ccgate.simulator.simulate.SimulationReport;
import dev.ccgate.simulator.simulate.SimulationTotals;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongFunction;
import java.util.function.ToLongFunction;

/**
 * What the text and Markdown comparisons show, as facts and cells: the header, the summary (old →
 * new), the teams, the developers whose treatment changed, and the sessions it changed. Times are
 * in the new policy's timezone.
 */
final class DiffSections {
  /** How many changed developers a text comparison lists before it only counts. */
  static final int SHOWN_DEVELOPERS = 20;

  /** How many changed sessions a text comparison lists before it only counts. */
  static final int SHOWN_SESSIONS = 50;

  private static final String ARROW = " → ";

  private DiffSections() {}

  /** The two files' names (their paths are in the facts below it, which wrap to the width). */
  static String title(PolicyDiff d) {
    return "ccgate diff: " + name(d.oldReport().policy()) + ARROW + name(d.newReport().policy());
  }

  private static String name(String policy) {
    int slash = Math.max(policy.lastIndexOf('/'), policy.lastIndexOf('\\'));
    return policy.substring(slash + 1);
  }

  static List<ReportHeader.Fact> facts(PolicyDiff d) {
    SimulationReport o = d.oldReport();
    SimulationReport n = d.newReport();
    List<ReportHeader.Fact> out = new ArrayList<>(ReportHeader.loadFacts(n.load(), n.zone()));
    out.add(new ReportHeader.Fact("old", policy(o)));
    out.add(new ReportHeader.Fact("new", policy(n)));
    out.add(new ReportHeader.Fact("cache", SimulationSections.cacheModel(n.cacheModel())));
    String filters = ReportHeader.filters(n.from(), n.to(), n.teamFilter(), n.developerFilter());
    if (!filters.isEmpty()) {
      out.add(
          new ReportHeader.Fact(
              "filter", filters + " (reported only: each replay covered all traffic)"));
    }
    return out;
  }

  private static String policy(SimulationReport r) {
    return r.policy() + " (" + r.zone().getId() + ", prices as of " + r.pricesAsOf() + ")";
  }

  static List<String> notes(PolicyDiff d) {
    return ReportHeader.loadNotes(d.newReport().load(), d.warnings());
  }

  static List<ReportHeader.Fact> summary(PolicyDiff d) {
    SimulationTotals o = d.oldReport().totals();
    SimulationTotals n = d.newReport().totals();
    List<ReportHeader.Fact> out = new ArrayList<>();
    out.add(
        new ReportHeader.Fact(
            "projected",
            Numbers.dollars(o.projectedMicros())
                + ARROW
                + Numbers.dollars(n.projectedMicros())
                + ": "
                + change(d.changeMicros(), o.projectedMicros())
                + "; "
                + Numbers.dollars(n.actualMicros())
                + " actual"));
    out.add(
        new ReportHeader.Fact(
            "saved",
            Numbers.dollars(o.savingsMicros()) + ARROW + Numbers.dollars(n.savingsMicros())));
    StringBuilder requests =
        new StringBuilder(Numbers.grouped(n.requests()))
            .append(": downgraded ")
            .append(counts(o, n, SimulationTotals::requestsDowngraded))
            .append(", rerouted ")
            .append(counts(o, n, SimulationTotals::requestsRerouted))
            .append(", paused ")
            .append(counts(o, n, SimulationTotals::requestsPaused));
    if (o.requestsRejected() + n.requestsRejected() > 0) {
      requests.append(", rejected ").append(counts(o, n, SimulationTotals::requestsRejected));
    }
    out.add(new ReportHeader.Fact("requests", requests.toString()));
    StringBuilder sessions =
        new StringBuilder(Numbers.grouped(n.sessions()))
            .append(": alerted ")
            .append(counts(o, n, SimulationTotals::sessionsAlerted))
            .append(", downgraded ")
            .append(counts(o, n, SimulationTotals::sessionsDowngraded))
            .append(", paused ")
            .append(counts(o, n, SimulationTotals::sessionsPaused));
    if (o.sessionsRejected() + n.sessionsRejected() > 0) {
      sessions.append(", rejected ").append(counts(o, n, SimulationTotals::sessionsRejected));
    }
    sessions
        .append("; ")
        .append(Numbers.grouped(d.sessions().size()))
        .append(d.sessions().size() == 1 ? " session" : " sessions")
        .append(" treated differently");
    out.add(new ReportHeader.Fact("sessions", sessions.toString()));
    out.add(new ReportHeader.Fact("alerts", counts(o, n, SimulationTotals::alerts)));
    return out;
  }

  /** {@code -$464.57 (-15.61%)}, {@code +$0.0049}, or {@code no change}. */
  static String change(long changeMicros, long baseMicros) {
    if (changeMicros == 0) {
      return "no change";
    }
    // Under a dollar, to a hundredth of a cent: a change of -$0.0049 is not "-$0.00".
    String money =
        (changeMicros > 0 ? "+" : "")
            + (Math.abs(changeMicros) < 1_000_000
                ? Numbers.dollarsFine(changeMicros)
                : Numbers.dollars(changeMicros));
    if (baseMicros <= 0) {
      return money;
    }
    return money
        + " ("
        + (changeMicros > 0 ? "+" : "")
        + Percent.format(Math.multiplyExact(changeMicros, 10_000L) / baseMicros)
        + ")";
  }

  private static String counts(
      SimulationTotals o, SimulationTotals n, ToLongFunction<SimulationTotals> f) {
    return pair(f.applyAsLong(o), f.applyAsLong(n));
  }

  /** {@code 12 → 30}, or just {@code 12} when both are the same. */
  static String pair(long oldValue, long newValue) {
    return oldValue == newValue
        ? Numbers.grouped(oldValue)
        : Numbers.grouped(oldValue) + ARROW + Numbers.grouped(newValue);
  }

  static List<String> teamTitles() {
    return List.of(
        "team", "actual", "old projected", "new projected", "change", "moved", "paused", "alerts");
  }

  static List<String> developerTitles() {
    return List.of(
        "developer",
        "team",
        "actual",
        "old projected",
        "new projected",
        "change",
        "moved",
        "paused",
        "alerts");
  }

  static List<String> teamRow(GroupChange g, LongFunction<String> money) {
    List<String> out = new ArrayList<>(List.of(g.id()));
    out.addAll(groupNumbers(g, money));
    return out;
  }

  static List<String> developerRow(GroupChange g, LongFunction<String> money) {
    List<String> out = new ArrayList<>(List.of(g.id(), teams(g)));
    out.addAll(groupNumbers(g, money));
    return out;
  }

  /** The developer's team, {@code old → new} when the policies place them differently. */
  private static String teams(GroupChange g) {
    String o = g.oldGroup() == null ? "-" : String.join(",", g.oldGroup().teams());
    String n = g.newGroup() == null ? "-" : String.join(",", g.newGroup().teams());
    return o.equals(n) ? n : o + ARROW + n;
  }

  /** Moved: downgraded or rerouted requests; paused: paused or rejected ones; each old → new. */
  private static List<String> groupNumbers(GroupChange g, LongFunction<String> money) {
    GroupResult o = g.oldGroup();
    GroupResult n = g.newGroup();
    return List.of(
        money.apply(g.actualMicros()),
        money.apply(g.oldProjectedMicros()),
        money.apply(g.newProjectedMicros()),
        g.changeMicros() == 0
            ? "0"
            : (g.changeMicros() > 0 ? "+" : "") + money.apply(g.changeMicros()),
        pair(GroupChange.moved(o), GroupChange.moved(n)),
        pair(GroupChange.refused(o), GroupChange.refused(n)),
        pair(o == null ? 0 : o.alerts(), n == null ? 0 : n.alerts()));
  }

  /**
   * The developers the policies treated differently, in the diff's order (largest change first).
   */
  static List<GroupChange> changedDevelopers(PolicyDiff d) {
    return d.developers().stream().filter(GroupChange::changed).toList();
  }

  static List<String> sessionTitles() {
    return List.of("start", "developer", "actual", "old projected", "new projected", "outcome");
  }

  static List<Boolean> sessionNumeric() {
    return List.of(false, false, true, true, true, false);
  }

  static List<String> sessionRow(SessionChange s, PolicyDiff d) {
    SessionResult either = s.either();
    return List.of(
        Numbers.minute(s.start(), d.newReport().zone()),
        either.developer(),
        Numbers.dollars(either.actualMicros()),
        Numbers.dollars(s.oldProjectedMicros()),
        Numbers.dollars(s.newProjectedMicros()),
        outcome(s.oldSession()) + ARROW + outcome(s.newSession()));
  }

  private static String outcome(SessionResult s) {
    return s == null ? "-" : s.outcome().id();
  }

  /**
   * What each policy did first to the session, as {@code old: …} and {@code new: …} lines (none for
   * a side that left it clean).
   */
  static List<String> events(SessionChange s, PolicyDiff d) {
    List<String> out = new ArrayList<>(2);
    if (s.oldSession() != null && s.oldSession().firstEvent() != null) {
      out.add("old: " + SimulationSections.event(s.oldSession().firstEvent(), d.oldReport()));
    }
    if (s.newSession() != null && s.newSession().firstEvent() != null) {
      out.add("new: " + SimulationSections.event(s.newSession().firstEvent(), d.newReport()));
    }
    return out;
  }

  /** The line after a capped list, or null when every item was listed. */
  static String more(int listed, int total, String table) {
    return listed >= total
        ? null
        : Numbers.grouped(total - listed)
            + " more; --format json or --format csv --table "
            + table
            + " lists them all";
  }
}
