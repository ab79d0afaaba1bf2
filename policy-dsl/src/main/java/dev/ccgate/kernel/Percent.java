package dev.ccgate.kernel;

import java.math.BigDecimal;

/** Formats basis points as a percentage ({@code 9620} is {@code 96.2%}). */
public final class Percent {
  private Percent() {}

  /** {@code basisPoints} as a percentage with at most two decimals. */
  public static String format(long basisPoints) {
    return BigDecimal.valueOf(basisPoints, 2).stripTrailingZeros().toPlainString() + "%";
  }

  /** The share {@code spent / limit} in basis points, rounded down; 0 when there is no limit. */
  public static long of(long spentMicros, long limitMicros) {
    return limitMicros <= 0 ? 0 : Math.multiplyExact(spentMicros, 10_000L) / limitMicros;
  }
}
