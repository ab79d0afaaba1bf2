package dev.ccgate.simulator.render;

import dev.ccgate.policy.Money;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Number, money and time formatting shared by the text renderers. */
final class Numbers {
  private static final DateTimeFormatter MINUTE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

  private Numbers() {}

  /** {@code 1,234,567}. */
  static String grouped(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  /** {@code 9,999}, {@code 12.3K}, {@code 4.5M}, {@code 1.2B}: at most 7 characters. */
  static String compact(long n) {
    if (n < 10_000) {
      return grouped(n);
    }
    if (n < 1_000_000) {
      return String.format(Locale.ROOT, "%.1fK", n / 1e3);
    }
    if (n < 1_000_000_000) {
      return String.format(Locale.ROOT, "%.1fM", n / 1e6);
    }
    return String.format(Locale.ROOT, "%.1fB", n / 1e9);
  }

  /** {@code $12,345.68}, rounded half-up to the cent. */
  static String dollars(long micros) {
    return String.format(
        Locale.ROOT, "$%,.2f", Money.usd(micros).setScale(2, RoundingMode.HALF_UP));
  }

  /** {@code 2026-11-24 15:42} in {@code zone}. */
  static String minute(Instant t, ZoneId zone) {
    return t == null ? "-" : MINUTE.format(t.atZone(zone));
  }
}
