package dev.ccgate.kernel;

import dev.ccgate.policy.Period;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;

/**
 * Calendar periods in the policy timezone. A day starts at local midnight (so a DST day lasts 23 or
 * 25 hours), a week on Monday (ISO), a month on the 1st. Where local midnight does not exist (a DST
 * gap at midnight), the period starts at the first valid instant of that day.
 */
public final class PeriodCalendar {
  private final ZoneId zone;

  /** A calendar for {@code zone}. */
  public PeriodCalendar(ZoneId zone) {
    this.zone = zone;
  }

  /** The calendar's timezone. */
  public ZoneId zone() {
    return zone;
  }

  /** The start (inclusive) of the {@code period} containing {@code t}. */
  public Instant start(Period period, Instant t) {
    return startOf(firstDay(period, LocalDate.ofInstant(t, zone)));
  }

  /** The end (exclusive) of the {@code period} containing {@code t}: when it resets. */
  public Instant end(Period period, Instant t) {
    LocalDate first = firstDay(period, LocalDate.ofInstant(t, zone));
    LocalDate next =
        switch (period) {
          case DAILY -> first.plusDays(1);
          case WEEKLY -> first.plusWeeks(1);
          case MONTHLY -> first.plusMonths(1);
        };
    return startOf(next);
  }

  private static LocalDate firstDay(Period period, LocalDate day) {
    return switch (period) {
      case DAILY -> day;
      case WEEKLY -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      case MONTHLY -> day.withDayOfMonth(1);
    };
  }

  private Instant startOf(LocalDate day) {
    return day.atStartOfDay(zone).toInstant();
  }
}
