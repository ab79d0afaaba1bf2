package dev.ccgate.simulator.report;

/** A non-time grouping key of a report row. */
public enum Dimension {
  DEVELOPER,
  TEAM,
  MODEL,
  SESSION;

  /** The lower-case name used in {@code --by}, JSON and CSV. */
  public String id() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
