package dev.ccgate.simulator.report;

import java.util.List;

/**
 * One group of a report.
 *
 * @param period the period label ({@code 2026-11-24}, a week's Monday, or {@code 2026-11}), or null
 *     when the report has no period
 * @param keys the values of the grouping's dimensions, in its order
 */
public record SpendRow(String period, List<String> keys, SpendTotals totals) {
  /** Copies the keys. */
  public SpendRow {
    keys = List.copyOf(keys);
  }
}
