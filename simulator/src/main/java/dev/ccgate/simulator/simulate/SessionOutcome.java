package dev.ccgate.simulator.simulate;

import java.util.Locale;

/**
 * What the policy did to a session, strongest last: {@code rejected} (the developer is unknown and
 * the policy rejects unknown developers) &gt; {@code paused} &gt; {@code downgraded} (a request was
 * moved to a cheaper family, by a downgrade stage, a full sub-wallet or a rule) &gt; {@code
 * alerted} (a request crossed a stage) &gt; {@code clean}.
 */
public enum SessionOutcome {
  CLEAN,
  ALERTED,
  DOWNGRADED,
  PAUSED,
  REJECTED;

  /** The lower-case name used in reports. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
