package dev.ccgate.simulator.render;

import java.util.Locale;

/** The tables of a simulation report; {@code --format csv} writes one, named by {@code --table}. */
public enum SimulationTable {
  TOTALS,
  TEAMS,
  DEVELOPERS,
  SESSIONS,
  ALERTS;

  /** The lower-case name used by {@code --table}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The table named {@code id}. */
  public static SimulationTable of(String id) {
    for (SimulationTable t : values()) {
      if (t.id().equals(id.trim().toLowerCase(Locale.ROOT))) {
        return t;
      }
    }
    throw new IllegalArgumentException(
        "unknown table '" + id + "' (use totals|teams|developers|sessions|alerts)");
  }
}
