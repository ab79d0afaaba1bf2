package dev.ccgate.simulator.render;

import dev.ccgate.policy.Money;
import dev.ccgate.simulator.simulate.AlertResult;
import dev.ccgate.simulator.simulate.GroupResult;
import dev.ccgate.simulator.simulate.SessionEvent;
import dev.ccgate.simulator.simulate.SessionOutcome;
import dev.ccgate.simulator.simulate.SessionResult;
import dev.ccgate.simulator.simulate.SimulationTotals;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The exact fields of each simulation table, in output order: the JSON objects and the CSV columns
 * are both written from these lists, so the two never disagree. Values are {@code Long}, {@code
 * BigDecimal} (USD, percentages), {@code String}, {@code Boolean} (a sweep's {@code policy_limit}),
 * or null.
 */
final class SimulationFields {
  /** One named value. */
  record Field(String name, Object value) {}

  /** A row of no group, for column names. */
  static final GroupResult EMPTY_GROUP =
      new GroupResult("", List.of(), 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

  /** A session of nothing, for column names. */
  static final SessionResult EMPTY_SESSION =
      new SessionResult("", "", "", null, null, 0, 0, 0, 0, 0, 0, SessionOutcome.CLEAN, null);

  /** An alert of nothing, for column names. */
  static final AlertResult EMPTY_ALERT =
      new AlertResult(null, "", "", 0, 0, 0, 0, null, null, "", "", "");

  private SimulationFields() {}

  static List<Field> totals(SimulationTotals t) {
    return List.of(
        new Field("requests", t.requests()),
        new Field("sessions", t.sessions()),
        new Field("developers", t.developers()),
        new Field("teams", t.teams()),
        new Field("actual_usd", usd(t.actualMicros())),
        new Field("projected_usd", usd(t.projectedMicros())),
        new Field("savings_usd", usd(t.savingsMicros())),
        new Field("refused_actual_usd", usd(t.refusedActualMicros())),
        new Field("sessions_alerted", t.sessionsAlerted()),
        new Field("sessions_downgraded", t.sessionsDowngraded()),
        new Field("sessions_paused", t.sessionsPaused()),
        new Field("sessions_rejected", t.sessionsRejected()),
        new Field("requests_downgraded", t.requestsDowngraded()),
        new Field("requests_rerouted", t.requestsRerouted()),
        new Field("requests_paused", t.requestsPaused()),
        new Field("requests_rejected", t.requestsRejected()),
        new Field("requests_without_session", t.requestsWithoutSession()),
        new Field("alerts", t.alerts()),
        new Field("cache_read_tokens_rewritten", t.cacheReadsRewritten()));
  }

  static List<Field> team(GroupResult g) {
    List<Field> out = new ArrayList<>();
    out.add(new Field("team", g.id()));
    out.add(new Field("developers", g.developers()));
    out.addAll(groupNumbers(g));
    return out;
  }

  static List<Field> developer(GroupResult g) {
    List<Field> out = new ArrayList<>();
    out.add(new Field("developer", g.id()));
    out.add(new Field("team", String.join(",", g.teams())));
    out.addAll(groupNumbers(g));
    return out;
  }

  private static List<Field> groupNumbers(GroupResult g) {
    return List.of(
        new Field("sessions", g.sessions()),
        new Field("requests", g.requests()),
        new Field("actual_usd", usd(g.actualMicros())),
        new Field("projected_usd", usd(g.projectedMicros())),
        new Field("savings_usd", usd(g.savingsMicros())),
        new Field("requests_downgraded", g.requestsDowngraded()),
        new Field("requests_rerouted", g.requestsRerouted()),
        new Field("requests_paused", g.requestsPaused()),
        new Field("requests_rejected", g.requestsRejected()),
        new Field("sessions_alerted", g.sessionsAlerted()),
        new Field("sessions_downgraded", g.sessionsDowngraded()),
        new Field("sessions_paused", g.sessionsPaused()),
        new Field("alerts", g.alerts()));
  }

  /** A session without its first event (which JSON nests and CSV flattens). */
  static List<Field> session(SessionResult s) {
    return List.of(
        new Field("session", s.session()),
        new Field("developer", s.developer()),
        new Field("team", s.team()),
        new Field("start", time(s.start())),
        new Field("end", time(s.end())),
        new Field("requests", s.requests()),
        new Field("actual_usd", usd(s.actualMicros())),
        new Field("projected_usd", usd(s.projectedMicros())),
        new Field("savings_usd", usd(s.savingsMicros())),
        new Field("requests_moved", s.requestsMoved()),
        new Field("requests_refused", s.requestsRefused()),
        new Field("alerts", s.alerts()),
        new Field("outcome", s.outcome().id()));
  }

  /** A session with its first event flattened into {@code first_event_*} fields (one CSV row). */
  static List<Field> sessionRow(SessionResult s) {
    List<Field> row = new ArrayList<>(session(s));
    for (Field f : event(s.firstEvent())) {
      row.add(new Field("first_event_" + f.name(), f.value()));
    }
    return row;
  }

  /** The first event's fields, all null when there is none. */
  static List<Field> event(SessionEvent e) {
    return List.of(
        new Field("time", e == null ? null : time(e.time())),
        new Field("kind", e == null ? null : e.kind()),
        new Field("model", e == null ? null : e.model()),
        new Field("text", e == null ? null : e.text()));
  }

  static List<Field> alert(AlertResult a) {
    return List.of(
        new Field("time", time(a.time())),
        new Field("wallet", a.wallet()),
        new Field("stage", a.stage()),
        new Field("at_percent", BigDecimal.valueOf(a.atBasisPoints(), 2)),
        new Field("percent", BigDecimal.valueOf(a.percentBasisPoints(), 2)),
        new Field("spent_usd", usd(a.spentMicros())),
        new Field("limit_usd", usd(a.limitMicros())),
        new Field("reset_at", time(a.resetAt())),
        new Field("channel", a.channel()),
        new Field("developer", a.developer()),
        new Field("team", a.team()),
        new Field("session", a.session()));
  }

  private static BigDecimal usd(long micros) {
    return Money.usd(micros);
  }

  private static String time(Instant t) {
    return t == null ? null : t.toString();
  }
}
