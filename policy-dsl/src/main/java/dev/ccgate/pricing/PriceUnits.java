package dev.ccgate.pricing;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Conversions between the decimals people write (USD per million tokens, {@code 1.1x}) and the
 * integers the table computes with (nano-dollars per token, basis points).
 */
final class PriceUnits {
  /** 1x in basis points. */
  static final long ONE_X = 10_000;

  private static final BigDecimal NANOS_PER_USD = BigDecimal.TEN.pow(9);

  private PriceUnits() {}

  /** USD per million tokens to nano-dollars per token; rejects anything not exact. */
  static long nanosFromUsdPerMTok(BigDecimal usdPerMTok) {
    if (usdPerMTok.signum() < 0) {
      throw new IllegalArgumentException("price " + usdPerMTok.toPlainString() + " is negative");
    }
    try {
      return usdPerMTok.movePointRight(3).longValueExact();
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException(
          "price "
              + usdPerMTok.toPlainString()
              + " USD/MTok is not a whole number of nano-dollars per token (at most 3 decimals)",
          e);
    }
  }

  /** USD per token (LiteLLM's unit) to nano-dollars per token, rounded half-up. */
  static long nanosFromUsdPerToken(BigDecimal usdPerToken) {
    if (usdPerToken.signum() < 0) {
      throw new IllegalArgumentException("price " + usdPerToken.toPlainString() + " is negative");
    }
    return usdPerToken.multiply(NANOS_PER_USD).setScale(0, RoundingMode.HALF_UP).longValueExact();
  }

  /** A multiplier such as {@code 1.1} to basis points ({@code 11000}); rejects anything inexact. */
  static long basisPoints(BigDecimal multiplier) {
    if (multiplier.signum() < 0) {
      throw new IllegalArgumentException("multiplier " + multiplier.toPlainString() + " < 0");
    }
    try {
      return multiplier.movePointRight(4).longValueExact();
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException(
          "multiplier " + multiplier.toPlainString() + " has more than 4 decimals", e);
    }
  }

  /** {@code nanos} scaled by {@code basisPoints}, rounded half-up (derived default rates). */
  static long scale(long nanos, long basisPoints) {
    return (Math.multiplyExact(nanos, basisPoints) + ONE_X / 2) / ONE_X;
  }

  /** Nano-dollars per token as USD per million tokens with at least two decimals: {@code 0.125}. */
  static String usdPerMTok(long nanos) {
    BigDecimal value = BigDecimal.valueOf(nanos, 3).stripTrailingZeros();
    return value.setScale(Math.max(2, value.scale())).toPlainString();
  }

  /** Basis points as a multiplier: {@code 6x}, {@code 1.1x}. */
  static String multiplier(long basisPoints) {
    return BigDecimal.valueOf(basisPoints, 4).stripTrailingZeros().toPlainString() + "x";
  }
}
