package dev.ccgate.simulator.render;

import dev.ccgate.simulator.simulate.GroupResult;
import dev.ccgate.simulator.simulate.SimulationReport;
import dev.ccgate.simulator.simulate.SimulationTotals;
import dev.ccgate.simulator.sweep.SweepPoint;
import dev.ccgate.simulator.sweep.SweepResult;
import dev.ccgate.simulator.sweep.SweptBudget;
import java.util.ArrayList;
import java.util.List;

/**
 * What the text and Markdown sweeps show: the load and the policy, then one row per limit with the
 * swept team's numbers (the whole traffic's for an org or developers sweep) and, for a team, every
 * team's projected spend; the policy's own limit is marked.
 */
final class SweepSections {
  private SweepSections() {}

  static String title(SweepResult s) {
    return "ccgate sweep: " + s.budget().id();
  }

  static List<ReportHeader.Fact> facts(SweepResult s) {
    SimulationReport r = s.policyReport();
    List<ReportHeader.Fact> out = new ArrayList<>(ReportHeader.loadFacts(r.load(), r.zone()));
    out.add(
        new ReportHeader.Fact(
            "policy",
            r.policy()
                + " ("
                + r.zone().getId()
                + ", prices as of "
                + r.pricesAsOf()
                + "), "
                + s.budget().id()
                + (s.policyLimitMicros() > 0
                    ? " at " + Numbers.dollars(s.policyLimitMicros()) + " (marked *)"
                    : " not set")));
    out.add(new ReportHeader.Fact("cache", SimulationSections.cacheModel(r.cacheModel())));
    out.add(new ReportHeader.Fact("rows", scope(s.budget())));
    return out;
  }

  private static String scope(SweptBudget b) {
    return b.kind() == SweptBudget.Kind.TEAM
        ? "team "
            + b.team()
            + "'s spend, requests and sessions at each limit; 'all projected' is every team's"
        : "all traffic at each limit";
  }

  static List<String> titles(SweptBudget b) {
    List<String> t =
        new ArrayList<>(
            List.of(
                "limit",
                "actual",
                "projected",
                "saved",
                "moved",
                "paused",
                "sessions paused",
                "alerts"));
    if (b.kind() == SweptBudget.Kind.TEAM) {
      t.add("all projected");
    }
    return t;
  }

  static List<Boolean> numeric(SweptBudget b) {
    return SimulationSections.numeric(0, titles(b).size()); // the limit column is money too
  }

  static List<String> row(SweepPoint p, SweptBudget b) {
    List<String> out = new ArrayList<>();
    out.add(Numbers.dollars(p.limitMicros()) + (p.policyLimit() ? " *" : ""));
    boolean team = b.kind() == SweptBudget.Kind.TEAM;
    Scope s = team ? Scope.of(p.team()) : Scope.of(p.totals());
    if (s == null) {
      for (int i = 1; i < titles(b).size() - 1; i++) {
        out.add("-"); // the team had no requests
      }
    } else {
      out.add(Numbers.dollars(s.actual()));
      out.add(Numbers.dollars(s.projected()));
      out.add(Numbers.dollars(s.actual() - s.projected()));
      out.add(Numbers.grouped(s.moved()));
      out.add(Numbers.grouped(s.refused()));
      out.add(Numbers.grouped(s.sessionsPaused()));
      out.add(Numbers.grouped(s.alerts()));
    }
    if (team) {
      out.add(Numbers.dollars(p.totals().projectedMicros()));
    }
    return out;
  }

  /** The numbers a row shows, from a team's result or from the totals. */
  private record Scope(
      long actual, long projected, long moved, long refused, long sessionsPaused, long alerts) {
    static Scope of(GroupResult g) {
      return g == null
          ? null
          : new Scope(
              g.actualMicros(),
              g.projectedMicros(),
              g.requestsDowngraded() + g.requestsRerouted(),
              g.requestsPaused() + g.requestsRejected(),
              g.sessionsPaused(),
              g.alerts());
    }

    static Scope of(SimulationTotals t) {
      return new Scope(
          t.actualMicros(),
          t.projectedMicros(),
          t.requestsDowngraded() + t.requestsRerouted(),
          t.requestsPaused() + t.requestsRejected(),
          t.sessionsPaused(),
          t.alerts());
    }
  }
}
