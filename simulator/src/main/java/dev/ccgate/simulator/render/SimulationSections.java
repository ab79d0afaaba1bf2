package dev.ccgate.simulator.render;

import dev.ccgate.kernel.Percent;
import dev.ccgate.simulator.replay.CacheModel;
import dev.ccgate.simulator.simulate.ChannelCount;
import dev.ccgate.simulator.simulate.GroupResult;
import dev.ccgate.simulator.simulate.SessionEvent;
import dev.ccgate.simulator.simulate.SessionOutcome;
import dev.ccgate.simulator.simulate.SessionResult;
import dev.ccgate.simulator.simulate.SimulationReport;
import dev.ccgate.simulator.simulate.SimulationTotals;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongFunction;

/**
 * What the text and Markdown simulation reports show, as facts and cells: the header, the summary,
 * the team and developer tables, and the sessions the policy paused or downgraded. Money is shown
 * to the cent; JSON and CSV carry the exact amounts.
 */
final class SimulationSections {
  /** How many paused or downgraded sessions a text report lists before it only counts. */
  static final int SHOWN_SESSIONS = 50;

  static final List<String> GROUP_NUMBERS =
      List.of(
          "sessions", "requests", "actual", "projected", "savings", "moved", "paused", "alerts");

  private SimulationSections() {}

  static String title(SimulationReport r) {
    return "ccgate simulate: " + r.policy();
  }

  static List<ReportHeader.Fact> facts(SimulationReport r) {
    List<ReportHeader.Fact> out = new ArrayList<>(ReportHeader.loadFacts(r.load(), r.zone()));
    out.add(
        new ReportHeader.Fact(
            "policy",
            r.policy() + " (" + r.zone().getId() + ", prices as of " + r.pricesAsOf() + ")"));
    out.add(
        new ReportHeader.Fact(
            "cache",
            cacheModel(r.cacheModel())
                + (r.cacheModel() == CacheModel.SESSION
                    ? " (" + Numbers.grouped(r.totals().cacheReadsRewritten()) + " tokens)"
                    : "")));
    String filters = ReportHeader.filters(r.from(), r.to(), r.teamFilter(), r.developerFilter());
    if (!filters.isEmpty()) {
      // Say it where the numbers are read: shared wallets still saw everyone's requests.
      out.add(
          new ReportHeader.Fact(
              "filter", filters + " (reported only: the replay covered all traffic)"));
    }
    return out;
  }

  /** What the cache model charges, in a line. */
  static String cacheModel(CacheModel m) {
    return m == CacheModel.SESSION
        ? "session: a moved turn's cache reads are writes on a model its session has not used"
            + " within the TTL"
        : "none: the same token counts repriced on the model used";
  }

  static List<String> notes(SimulationReport r) {
    return ReportHeader.loadNotes(r.load(), r.warnings());
  }

  static List<ReportHeader.Fact> summary(SimulationReport r) {
    SimulationTotals t = r.totals();
    List<ReportHeader.Fact> out = new ArrayList<>();
    String share =
        t.actualMicros() > 0
            ? " ("
                + Percent.format(Math.multiplyExact(t.savingsMicros(), 10_000L) / t.actualMicros())
                + ")"
            : "";
    out.add(
        new ReportHeader.Fact(
            "spend",
            Numbers.dollars(t.actualMicros())
                + " actual, "
                + Numbers.dollars(t.projectedMicros())
                + " projected, "
                + Numbers.dollars(t.savingsMicros())
                + " saved"
                + share
                + "; "
                + Numbers.dollars(t.refusedActualMicros())
                + " of it refused"));
    out.add(
        new ReportHeader.Fact(
            "requests",
            Numbers.grouped(t.requests())
                + ": "
                + Numbers.grouped(t.requestsDowngraded())
                + " downgraded, "
                + Numbers.grouped(t.requestsRerouted())
                + " rerouted, "
                + Numbers.grouped(t.requestsPaused())
                + " paused"
                + (t.requestsRejected() > 0
                    ? ", " + Numbers.grouped(t.requestsRejected()) + " rejected"
                    : "")));
    out.add(
        new ReportHeader.Fact(
            "sessions",
            Numbers.grouped(t.sessions())
                + ": "
                + Numbers.grouped(t.sessionsAlerted())
                + " alerted, "
                + Numbers.grouped(t.sessionsDowngraded())
                + " downgraded, "
                + Numbers.grouped(t.sessionsPaused())
                + " paused"
                + (t.sessionsRejected() > 0
                    ? ", " + Numbers.grouped(t.sessionsRejected()) + " rejected"
                    : "")));
    StringBuilder channels = new StringBuilder(Numbers.grouped(t.alerts()));
    String glue = ": ";
    for (ChannelCount c : r.channels()) {
      channels
          .append(glue)
          .append(c.channel() == null ? "no channel" : c.channel())
          .append(' ')
          .append(Numbers.grouped(c.alerts()));
      glue = ", ";
    }
    out.add(new ReportHeader.Fact("alerts", channels.toString()));
    return out;
  }

  static List<String> teamTitles() {
    List<String> t = new ArrayList<>(List.of("team", "devs"));
    t.addAll(GROUP_NUMBERS);
    return t;
  }

  static List<String> developerTitles() {
    List<String> t = new ArrayList<>(List.of("developer", "team"));
    t.addAll(GROUP_NUMBERS);
    return t;
  }

  static List<Boolean> numeric(int keys, int columns) {
    List<Boolean> out = new ArrayList<>();
    for (int i = 0; i < columns; i++) {
      out.add(i >= keys);
    }
    return out;
  }

  static List<String> teamRow(GroupResult g, LongFunction<String> money) {
    List<String> out = new ArrayList<>(List.of(g.id(), Numbers.grouped(g.developers())));
    out.addAll(groupNumbers(g, money));
    return out;
  }

  static List<String> developerRow(GroupResult g, LongFunction<String> money) {
    List<String> out = new ArrayList<>(List.of(g.id(), String.join(",", g.teams())));
    out.addAll(groupNumbers(g, money));
    return out;
  }

  /**
   * The moved column counts requests downgraded by a stage or a sub-wallet, or rerouted by a rule.
   */
  private static List<String> groupNumbers(GroupResult g, LongFunction<String> money) {
    return List.of(
        Numbers.grouped(g.sessions()),
        Numbers.grouped(g.requests()),
        money.apply(g.actualMicros()),
        money.apply(g.projectedMicros()),
        money.apply(g.savingsMicros()),
        Numbers.grouped(g.requestsDowngraded() + g.requestsRerouted()),
        Numbers.grouped(g.requestsPaused()),
        Numbers.grouped(g.alerts()));
  }

  /** The sessions the policy paused, downgraded or rejected, in start order. */
  static List<SessionResult> notableSessions(SimulationReport r) {
    List<SessionResult> out = new ArrayList<>();
    for (SessionResult s : r.sessions()) {
      if (s.outcome() != SessionOutcome.CLEAN && s.outcome() != SessionOutcome.ALERTED) {
        out.add(s);
      }
    }
    return out;
  }

  static List<String> sessionTitles() {
    return List.of("start", "developer", "requests", "actual", "projected", "outcome");
  }

  static List<Boolean> sessionNumeric() {
    return List.of(false, false, true, true, true, false);
  }

  static List<String> sessionRow(SessionResult s, SimulationReport r) {
    return List.of(
        Numbers.minute(s.start(), r.zone()),
        s.developer(),
        Numbers.grouped(s.requests()),
        Numbers.dollars(s.actualMicros()),
        Numbers.dollars(s.projectedMicros()),
        s.outcome().id());
  }

  /** The session table of the Markdown and HTML reports: the id and first event as columns. */
  static List<String> fullSessionTitles() {
    List<String> titles = new ArrayList<>(sessionTitles());
    titles.add(1, "session");
    titles.add("first event");
    return titles;
  }

  static List<Boolean> fullSessionNumeric() {
    List<Boolean> numeric = new ArrayList<>(sessionNumeric());
    numeric.add(1, false);
    numeric.add(false);
    return numeric;
  }

  static List<String> fullSessionRow(SessionResult s, SimulationReport r) {
    List<String> row = new ArrayList<>(sessionRow(s, r));
    row.add(1, s.session());
    row.add(event(s.firstEvent(), r));
    return row;
  }

  /** {@code 2026-11-24 10:55 pause: team:platform:daily at 110.2% >= 110% pause}. */
  static String event(SessionEvent e, SimulationReport r) {
    return e == null ? "" : Numbers.minute(e.time(), r.zone()) + " " + e.kind() + ": " + e.text();
  }

  /** The line after a capped session list, or null when every session was listed. */
  static String moreSessions(int listed, int total) {
    return listed >= total
        ? null
        : Numbers.grouped(total - listed)
            + " more; --format json or --format csv --table sessions lists every session";
  }
}
