package dev.ccgate.policy;

import java.util.Locale;

/** A calendar budget period in the policy timezone. */
public enum Period {
  /** Local midnight to local midnight (23 or 25 hours on a DST day). */
  DAILY,
  /** ISO week: Monday 00:00 local to the next Monday. */
  WEEKLY,
  /** The first of the month 00:00 local to the first of the next month. */
  MONTHLY;

  /** The lower-case name used in YAML and in wallet ids ({@code team:platform:daily}). */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }
}
