package dev.ccgate.pricing;

/**
 * Per-token prices in nano-dollars (USD per million tokens x 1000): $5/MTok is {@code 5000}.
 * Integer nano-dollars keep every listed price exact ($0.01/MTok is the smallest step).
 */
public record Rates(
    long inputNanos, long write5mNanos, long write1hNanos, long readNanos, long outputNanos) {

  /** Validates the rates. */
  public Rates {
    if ((inputNanos | write5mNanos | write1hNanos | readNanos | outputNanos) < 0) {
      throw new IllegalArgumentException("rates must be >= 0");
    }
  }

  /**
   * Rates where each missing cache rate takes the usual multiple of {@code inputNanos} (formats.md
   * §5.1: 5m write 1.25x, 1h write 2x, read 0.1x), rounded half-up.
   */
  static Rates withDefaults(
      long inputNanos, Long write5mNanos, Long write1hNanos, Long readNanos, long outputNanos) {
    return new Rates(
        inputNanos,
        write5mNanos != null ? write5mNanos : PriceUnits.scale(inputNanos, 12_500),
        write1hNanos != null ? write1hNanos : PriceUnits.scale(inputNanos, 20_000),
        readNanos != null ? readNanos : PriceUnits.scale(inputNanos, 1_000),
        outputNanos);
  }

  /** The cost of {@code usage}'s tokens at these rates, in nano-dollars. */
  public long tokenNanos(Usage usage) {
    // Exact arithmetic: an overflow is a bug to surface, never a silently negative cost.
    long sum = Math.multiplyExact(usage.inputTokens(), inputNanos);
    sum = Math.addExact(sum, Math.multiplyExact(usage.cacheWrite5mTokens(), write5mNanos));
    sum = Math.addExact(sum, Math.multiplyExact(usage.cacheWrite1hTokens(), write1hNanos));
    sum = Math.addExact(sum, Math.multiplyExact(usage.cacheReadTokens(), readNanos));
    return Math.addExact(sum, Math.multiplyExact(usage.outputTokens(), outputNanos));
  }
}
