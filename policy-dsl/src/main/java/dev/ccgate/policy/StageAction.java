package dev.ccgate.policy;

import java.util.Locale;

/** What a stage does once a wallet reaches it. */
public enum StageAction {
  /** Notify the wallet's manager (or the fallback channel). */
  ALERT,
  /** Move eligible requests down the cascade by {@code steps} rungs. */
  DOWNGRADE,
  /** Refuse requests until the wallet's period resets. */
  PAUSE;

  /** The lower-case name used in YAML. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }
}
