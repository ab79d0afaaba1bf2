package dev.ccgate.simulator.report;

import dev.ccgate.policy.Policy;
import dev.ccgate.simulator.load.LoadOptions;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * A spend report to make.
 *
 * @param zone the report timezone, or null for the policy's, else UTC
 * @param from the first day included (report timezone), or null
 * @param to the last day included (report timezone), or null
 * @param teams only these teams (after the policy places developers); empty for all
 * @param developers only these developers (after aliases); empty for all
 * @param policy supplies teams, aliases, timezone and prices; null for none
 */
public record ReportQuery(
    LoadOptions load,
    Grouping by,
    ZoneId zone,
    LocalDate from,
    LocalDate to,
    List<String> teams,
    List<String> developers,
    Policy policy) {

  /** Validates the query. */
  public ReportQuery {
    Objects.requireNonNull(load, "load");
    Objects.requireNonNull(by, "by");
    teams = List.copyOf(teams);
    developers = List.copyOf(developers);
    if (from != null && to != null && to.isBefore(from)) {
      throw new IllegalArgumentException("--to " + to + " is before --from " + from);
    }
  }

  /** The timezone the report uses. */
  public ZoneId effectiveZone() {
    if (zone != null) {
      return zone;
    }
    return policy != null ? policy.timezone() : ZoneId.of("UTC");
  }
}
