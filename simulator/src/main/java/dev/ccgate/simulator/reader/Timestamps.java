package dev.ccgate.simulator.reader;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.Locale;

/** Parses the timestamp spellings exports use into epoch microseconds (UTC). */
final class Timestamps {
  // ISO date and time with 'T' or a space between them, optional fraction and optional offset.
  private static final DateTimeFormatter FLEXIBLE =
      new DateTimeFormatterBuilder()
          .parseCaseInsensitive()
          .append(DateTimeFormatter.ISO_LOCAL_DATE)
          .optionalStart()
          .appendLiteral('T')
          .optionalEnd()
          .optionalStart()
          .appendLiteral(' ')
          .optionalEnd()
          .appendValue(ChronoField.HOUR_OF_DAY, 2)
          .appendLiteral(':')
          .appendValue(ChronoField.MINUTE_OF_HOUR, 2)
          .optionalStart()
          .appendLiteral(':')
          .appendValue(ChronoField.SECOND_OF_MINUTE, 2)
          .optionalEnd()
          .optionalStart()
          .appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true)
          .optionalEnd()
          .optionalStart()
          .appendOffset("+HH:MM:ss", "Z")
          .optionalEnd()
          .optionalStart()
          .appendOffset("+HHmm", "Z")
          .optionalEnd()
          .toFormatter(Locale.ROOT);

  private Timestamps() {}

  /**
   * Epoch microseconds of {@code text}: ISO-8601 (offset optional, UTC assumed without one), or an
   * epoch number in seconds, milliseconds, microseconds or nanoseconds (told apart by size).
   */
  static long micros(String text) {
    if (text == null || text.isBlank()) {
      throw new BadRecord("missing timestamp");
    }
    String t = text.trim();
    try {
      if (t.chars().allMatch(c -> (c >= '0' && c <= '9') || c == '.')) {
        return epochNumber(t);
      }
      if (t.endsWith("Z") || t.endsWith("z")) {
        try {
          return toMicros(Instant.parse(t.toUpperCase(Locale.ROOT)));
        } catch (DateTimeParseException e) {
          // fall through to the flexible parser (e.g. a space instead of 'T')
        }
      }
      var parsed = FLEXIBLE.parseBest(t, OffsetDateTime::from, LocalDateTime::from);
      if (parsed instanceof OffsetDateTime odt) {
        return toMicros(odt.toInstant());
      }
      return toMicros(((LocalDateTime) parsed).toInstant(ZoneOffset.UTC));
    } catch (DateTimeParseException | ArithmeticException | NumberFormatException e) {
      throw new BadRecord("bad timestamp '" + shorten(t) + "'");
    }
  }

  /** Epoch microseconds of an epoch number whose unit is told apart by its size. */
  static long epochNumber(String t) {
    if (t.contains(".")) {
      return Math.round(Double.parseDouble(t) * 1_000_000d);
    }
    long v = Long.parseLong(t);
    if (v < 100_000_000_000L) {
      return Math.multiplyExact(v, 1_000_000L); // seconds
    }
    if (v < 100_000_000_000_000L) {
      return Math.multiplyExact(v, 1_000L); // milliseconds
    }
    if (v < 100_000_000_000_000_000L) {
      return v; // microseconds
    }
    return v / 1_000L; // nanoseconds
  }

  static long toMicros(Instant i) {
    return Math.addExact(Math.multiplyExact(i.getEpochSecond(), 1_000_000L), i.getNano() / 1_000);
  }

  static String shorten(String s) {
    return s.length() <= 60 ? s : s.substring(0, 57) + "...";
  }
}
