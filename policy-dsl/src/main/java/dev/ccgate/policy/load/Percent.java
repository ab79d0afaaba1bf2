package dev.ccgate.policy.load;

import java.math.BigDecimal;

/** Formats basis points as a percentage: 8000 is {@code 80%}, 8050 is {@code 80.5%}. */
final class Percent {
  private Percent() {}

  static String format(int basisPoints) {
    return BigDecimal.valueOf(basisPoints, 2).stripTrailingZeros().toPlainString() + "%";
  }
}
