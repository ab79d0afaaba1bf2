package dev.ccgate.simulator.render;

import dev.ccgate.policy.Money;
import java.math.BigDecimal;
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
  private static final long[] POWERS = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000};

  private Numbers() {}

  /** {@code 1,234,567}. */
  static String grouped(long n) {
    if (n == Long.MIN_VALUE) {
      return String.format(Locale.ROOT, "%,d", n);
    }
    // By hand rather than String.format("%,d"), which looks up the locale's symbols per call: a
    // report of 13,600 developers formats a few hundred thousand numbers (NumbersTest checks the
    // two agree).
    StringBuilder b = new StringBuilder(24);
    if (n < 0) {
      b.append('-');
    }
    return appendGrouped(b, Math.abs(n)).toString();
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
    return money(micros, 2);
  }

  /** {@code $12,346} (or {@code -$3}): whole dollars, rounded half-up, for tables short of room. */
  static String wholeDollars(long micros) {
    return money(micros, 0);
  }

  /** {@code $0.0737}: one request's cost, rounded half-up to a hundredth of a cent. */
  static String dollarsFine(long micros) {
    return money(micros, 4);
  }

  /**
   * {@code micros} as dollars with {@code decimals} (at most 6) places, rounded half-up on the
   * magnitude, grouped by thousands, the sign before the {@code $} ({@code -$0.00} says a loss
   * under a cent).
   */
  private static String money(long micros, int decimals) {
    long unit = POWERS[6 - decimals]; // micro-dollars per last shown digit
    long magnitude = Math.abs(micros);
    if (micros == Long.MIN_VALUE || magnitude > Long.MAX_VALUE - unit / 2) {
      return moneyExact(micros, decimals); // beyond any real spend; kept exact all the same
    }
    long units = (magnitude + unit / 2) / unit;
    long scale = POWERS[decimals];
    StringBuilder b = new StringBuilder(24);
    if (micros < 0) {
      b.append('-');
    }
    appendGrouped(b.append('$'), units / scale);
    if (decimals > 0) {
      String fraction = Long.toString(units % scale);
      b.append('.');
      for (int i = fraction.length(); i < decimals; i++) {
        b.append('0');
      }
      b.append(fraction);
    }
    return b.toString();
  }

  private static String moneyExact(long micros, int decimals) {
    BigDecimal d = Money.usd(micros).abs().setScale(decimals, RoundingMode.HALF_UP);
    String s =
        decimals == 0
            ? String.format(Locale.ROOT, "$%,d", d.toBigIntegerExact())
            : String.format(Locale.ROOT, "$%,." + decimals + "f", d);
    return micros < 0 ? "-" + s : s;
  }

  /** Appends {@code n} (not negative) with a comma between each group of three digits. */
  private static StringBuilder appendGrouped(StringBuilder b, long n) {
    String digits = Long.toString(n);
    int head = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
    b.append(digits, 0, head);
    for (int i = head; i < digits.length(); i += 3) {
      b.append(',').append(digits, i, i + 3);
    }
    return b;
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
