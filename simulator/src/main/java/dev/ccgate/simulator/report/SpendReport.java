package dev.ccgate.simulator.report;

import dev.ccgate.simulator.load.LoadReport;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * A finished spend report: how the traces were loaded, what it groups by, the rows in output order
 * and their totals.
 *
 * @param pricesAsOf the price table's {@code as_of} date
 * @param from the first day included, or null
 * @param to the last day included, or null
 * @param warnings things a reader of the numbers must know, sorted
 */
public record SpendReport(
    LoadReport load,
    Grouping by,
    ZoneId zone,
    String pricesAsOf,
    String policy,
    LocalDate from,
    LocalDate to,
    List<String> teams,
    List<String> developers,
    List<SpendRow> rows,
    SpendTotals totals,
    List<String> warnings) {

  /** Copies the lists. */
  public SpendReport {
    teams = List.copyOf(teams);
    developers = List.copyOf(developers);
    rows = List.copyOf(rows);
    warnings = List.copyOf(warnings);
  }
}
