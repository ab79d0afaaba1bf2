package dev.ccgate.simulator.simulate;

import java.time.Instant;
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

  DayClock(ZoneId zone) {
    this.zone = zone;
  }

  /** The day of {@code timeMicros}, counted from the first day seen (negative if earlier). */
  int index(long timeMicros) {
    if (timeMicros < dayStartMicros || timeMicros >= dayEndMicros) {
      LocalDate day =
          LocalDate.ofInstant(
              Instant.ofEpochSecond(
                  Math.floorDiv(timeMicros, 1_000_000L),
                  Math.floorMod(timeMicros, 1_000_000L) * 1_000L),
              zone);
      if (first == null) {
        first = day;
      }
      index = (int) (day.toEpochDay() - first.toEpochDay());
      dayStartMicros = micros(day);
      dayEndMicros = micros(day.plusDays(1));
    }
    return index;
  }

  /** The first day seen, or null before any. */
  LocalDate first() {
    return first;
  }

  private long micros(LocalDate day) {
    return Math.multiplyExact(day.atStartOfDay(zone).toEpochSecond(), 1_000_000L);
  }
}
