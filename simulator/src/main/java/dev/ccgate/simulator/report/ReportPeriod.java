package dev.ccgate.simulator.report;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/** The calendar period a report row covers, in the report's timezone (weeks start on Monday). */
public enum ReportPeriod {
  DAY,
  WEEK,
  MONTH;

  /** The first day of the period containing {@code day}. */
  public LocalDate start(LocalDate day) {
    return switch (this) {
      case DAY -> day;
      case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      case MONTH -> day.withDayOfMonth(1);
    };
  }

  /** The label of the period starting on {@code start}: {@code 2026-11-24}, or {@code 2026-11}. */
  public String label(LocalDate start) {
    return this == MONTH ? start.toString().substring(0, 7) : start.toString();
  }
}
