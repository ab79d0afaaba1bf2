package dev.ccgate.policy;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Renders integer micro-dollars as USD text. Money is never held in floating point. */
public final class Money {
  /** Micro-dollars in one dollar. */
  public static final long MICROS_PER_USD = 1_000_000L;

  private Money() {}

  /** Exact dollars, e.g. {@code 73731} micro-dollars is {@code 0.073731}. */
  public static BigDecimal usd(long micros) {
    return BigDecimal.valueOf(micros, 6);
  }

  /** Dollars and cents, rounded half-up, e.g. {@code $500.00}. */
  public static String format(long micros) {
    return "$" + usd(micros).setScale(2, RoundingMode.HALF_UP).toPlainString();
  }

  /** Dollars as a double, only for display or condition inputs, never for sums. */
  public static double toDouble(long micros) {
    return micros / (double) MICROS_PER_USD;
  }
}
