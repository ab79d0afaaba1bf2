package dev.ccgate.kernel;

import java.util.Locale;

/** Who a wallet belongs to. */
public enum Scope {
  DEVELOPER,
  TEAM,
  ORG;

  /** The lower-case name used in wallet ids and messages. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }
}
