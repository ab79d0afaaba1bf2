package dev.ccgate.simulator.generate;

import java.time.LocalDate;

/**
 * Appends JSON strings, ISO-8601 instants and decimal dollars to a {@link StringBuilder}, by hand:
 * the writers emit millions of lines and these are their hot path. One instance per writer (it
 * remembers the last day it formatted).
 */
final class Text {
  private static final long DAY_MILLIS = 86_400_000L;

  private long day = Long.MIN_VALUE;
  private String dayPrefix = "";

  /** {@code s} as a quoted JSON string. */
  static void json(StringBuilder b, String s) {
    b.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\t' -> b.append("\\t");
        case '\r' -> b.append("\\r");
        default -> {
          if (c < 0x20) {
            b.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    b.append('"');
  }

  /** {@code epochMillis} as {@code 2026-11-24T15:42:07.318Z}. */
  void instant(StringBuilder b, long epochMillis) {
    long d = Math.floorDiv(epochMillis, DAY_MILLIS);
    if (d != day) {
      day = d;
      dayPrefix = LocalDate.ofEpochDay(d) + "T";
    }
    int ms = (int) Math.floorMod(epochMillis, DAY_MILLIS);
    b.append(dayPrefix);
    two(b, ms / 3_600_000);
    b.append(':');
    two(b, ms / 60_000 % 60);
    b.append(':');
    two(b, ms / 1000 % 60);
    b.append('.');
    int milli = ms % 1000;
    b.append((char) ('0' + milli / 100)).append((char) ('0' + milli / 10 % 10));
    b.append((char) ('0' + milli % 10)).append('Z');
  }

  /** {@code micros} micro-dollars as dollars with six decimals ({@code 0.073731}). */
  static void dollars(StringBuilder b, long micros) {
    b.append(micros / 1_000_000).append('.');
    String frac = Long.toString(micros % 1_000_000);
    for (int i = frac.length(); i < 6; i++) {
      b.append('0');
    }
    b.append(frac);
  }

  private static void two(StringBuilder b, int v) {
    b.append((char) ('0' + v / 10)).append((char) ('0' + v % 10));
  }
}
