package dev.ccgate.simulator.simulate;

import dev.ccgate.simulator.trace.TraceRow;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Which local day (in the policy timezone) a request falls on, as an index from the first day seen.
 * The replay runs in time order, so a turn is nearly always on the day of the one before: a
 * comparison with the day's bounds, and a time-zone conversion only when the day changes.
 */
final class DayClock {
  private final ZoneId zone;
  private LocalDate first;
  private long dayStartMicros = Long.MAX_VALUE;
  private long dayEndMicros = Long.MIN_VALUE;
  private int index;
  private int count; // days from the first to the latest seen

  DayClock(ZoneId zone) {
    this.zone = zone;
  }

  /** The day of {@code timeMicros}, counted from the first day seen (negative if earlier). */
  int index(long timeMicros) {
    if (timeMicros < dayStartMicros || timeMicros >= dayEndMicros) {
      LocalDate day = LocalDate.ofInstant(TraceRow.instant(timeMicros), zone);
      if (first == null) {
        first = day;
      }
      index = (int) (day.toEpochDay() - first.toEpochDay());
      dayStartMicros = ReportFilter.micros(day, zone);
      dayEndMicros = ReportFilter.micros(day.plusDays(1), zone);
      count = Math.max(count, index + 1);
    }
    return index;
  }

  /** How many days from the first seen to the latest, both included (0 before any). */
  int count() {
    return count;
  }

  /** The first day seen, or null before any. */
  LocalDate first() {
    return first;
  }
}
