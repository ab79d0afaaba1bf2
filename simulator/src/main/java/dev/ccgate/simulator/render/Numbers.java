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
  private static final DateTimeFormatter SECOND =
      DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT);
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT);

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

  /** {@code $12,345.68} (or {@code -$0.10}), rounded half-up to the cent. */
  static String dollars(long micros) {
    String s =
        String.format(
            Locale.ROOT, "$%,.2f", Money.usd(Math.abs(micros)).setScale(2, RoundingMode.HALF_UP));
    return micros < 0 ? "-" + s : s; // -$0.00 says a loss under a cent
  }

  /** {@code $12,346} (or {@code -$3}): whole dollars, rounded half-up, for tables short of room. */
  static String wholeDollars(long micros) {
    String s =
        String.format(
            Locale.ROOT,
            "$%,d",
            Money.usd(Math.abs(micros)).setScale(0, RoundingMode.HALF_UP).toBigIntegerExact());
    return micros < 0 ? "-" + s : s;
  }

  /** {@code $0.0737}: one request's cost, rounded half-up to a hundredth of a cent. */
  static String dollarsFine(long micros) {
    String s =
        String.format(
            Locale.ROOT, "$%,.4f", Money.usd(Math.abs(micros)).setScale(4, RoundingMode.HALF_UP));
    return micros < 0 ? "-" + s : s;
  }

  /** {@code 15:42:07} in {@code zone}. */
  static String second(Instant t, ZoneId zone) {
    return SECOND.format(t.atZone(zone));
  }

  /** {@code 2026-11-24} in {@code zone}. */
  static String day(Instant t, ZoneId zone) {
    return DAY.format(t.atZone(zone));
  }

  /** {@code 2026-11-24 15:42} in {@code zone}. */
  static String minute(Instant t, ZoneId zone) {
    return t == null ? "-" : MINUTE.format(t.atZone(zone));
  }
}
