package dev.ccgate.simulator.render;

import dev.ccgate.policy.Money;
import dev.ccgate.simulator.render.SimulationFields.Field;
import dev.ccgate.simulator.sweep.SweepPoint;
import java.util.ArrayList;
import java.util.List;

/**
 * A sweep row's CSV columns: the limit, whether it is the policy's own, the totals as {@code
 * total_*} and the swept team's numbers as {@code team_*} (empty unless a team's budget is swept),
 * each named as simulate's.
 */
final class SweepFields {
  private SweepFields() {}

  static List<Field> row(SweepPoint p) {
    List<Field> out = new ArrayList<>();
    out.add(new Field("limit_usd", Money.usd(p.limitMicros())));
    out.add(new Field("policy_limit", p.policyLimit()));
    for (Field f : SimulationFields.totals(p.totals())) {
      out.add(new Field("total_" + f.name(), f.value()));
    }
    for (Field f :
        SimulationFields.team(p.team() == null ? SimulationFields.EMPTY_GROUP : p.team())) {
      if (!f.name().equals("team")) {
        out.add(new Field("team_" + f.name(), p.team() == null ? null : f.value()));
      }
    }
    return out;
  }
}
