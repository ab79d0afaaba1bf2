package dev.ccgate.simulator.reader;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
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
    long fast = text == null ? NOT_PLAIN : plainUtc(text);
    if (fast != NOT_PLAIN) {
      return fast;
    }
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

  private static final long NOT_PLAIN = Long.MIN_VALUE;
  private static final long[] POW10 = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000};

  /**
   * Epoch microseconds of {@code yyyy-MM-ddTHH:mm:ss[.fraction]Z} read by hand, or {@link
   * #NOT_PLAIN} for anything else (which {@link #micros} then parses in full). Nearly every export
   * writes this shape, and {@code Instant.parse} cost about a microsecond a row. The fraction is
   * truncated to microseconds, as {@link #toMicros} does.
   */
  static long plainUtc(String t) {
    int n = t.length();
    if (n < 20
        || n > 30
        || t.charAt(n - 1) != 'Z'
        || t.charAt(4) != '-'
        || t.charAt(7) != '-'
        || t.charAt(10) != 'T'
        || t.charAt(13) != ':'
        || t.charAt(16) != ':') {
      return NOT_PLAIN;
    }
    int year = digits(t, 0, 4);
    int month = digits(t, 5, 2);
    int day = digits(t, 8, 2);
    int hour = digits(t, 11, 2);
    int minute = digits(t, 14, 2);
    int second = digits(t, 17, 2);
    if ((year | month | day | hour | minute | second) < 0
        || month < 1
        || month > 12
        || day < 1
        || day > YearMonth.of(year, month).lengthOfMonth()
        || hour > 23
        || minute > 59
        || second > 59) {
      return NOT_PLAIN; // leap seconds, 24:00 and the like go to the full parser
    }
    long micros = 0;
    if (n > 20) {
      int fraction = n - 21;
      if (t.charAt(19) != '.' || fraction < 1 || fraction > 9) {
        return NOT_PLAIN;
      }
      int value = digits(t, 20, fraction);
      if (value < 0) {
        return NOT_PLAIN;
      }
      micros = fraction <= 6 ? value * POW10[6 - fraction] : value / POW10[fraction - 6];
    }
    long days = LocalDate.of(year, month, day).toEpochDay();
    return (days * 86_400L + hour * 3_600L + minute * 60L + second) * 1_000_000L + micros;
  }

  /** The number spelled by {@code count} ASCII digits at {@code from}, or -1. */
  private static int digits(String t, int from, int count) {
    int v = 0;
    for (int i = from; i < from + count; i++) {
      char c = t.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      v = v * 10 + (c - '0');
    }
    return v;
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
