package dev.ccgate.simulator.simulate;

import dev.ccgate.kernel.Decision;
import dev.ccgate.kernel.Percent;
import dev.ccgate.kernel.Reason;
import dev.ccgate.kernel.StageCrossed;
import dev.ccgate.policy.Money;
import dev.ccgate.policy.StageAction;
import java.util.ArrayList;
import java.util.List;

/** The one-line descriptions of decisions and crossings that reports and explain share. */
final class EventText {
  private EventText() {}

  /** Every reason of {@code d}, described, joined by "; "; "" when there are none. */
  static String reasons(Decision d) {
    return String.join("; ", described(d));
  }

  /** Every reason of {@code d}, described. */
  static List<String> described(Decision d) {
    List<String> out = new ArrayList<>(d.reasons().size());
    for (Reason r : d.reasons()) {
      out.add(r.describe());
    }
    return out;
  }

  /** Why {@code d} paused: its pause stage's reason (the first, in path order). */
  static String pause(Decision d) {
    for (Reason r : d.reasons()) {
      if (r.stage() == StageAction.PAUSE) {
        return r.describe();
      }
    }
    return reasons(d);
  }

  /**
   * A crossing, e.g. {@code team:platform:daily reached its 80% alert stage: 81.25% of $400.00,
   * alert to platform-em}.
   */
  static String crossing(StageCrossed c) {
    return c.wallet().key()
        + " reached its "
        + Percent.format(c.atBasisPoints())
        + " "
        + c.action().key()
        + " stage: "
        + Percent.format(c.percentBasisPoints())
        + " of "
        + Money.format(c.limitMicros())
        + ", alert to "
        + (c.channel() == null ? "no channel" : c.channel());
  }
}
