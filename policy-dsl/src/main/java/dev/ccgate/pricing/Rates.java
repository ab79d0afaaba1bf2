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

  /** The cost of {@code usage}'s tokens at these rates, in nano-dollars. */
  public long tokenNanos(Usage usage) {
    return usage.inputTokens() * inputNanos
        + usage.cacheWrite5mTokens() * write5mNanos
        + usage.cacheWrite1hTokens() * write1hNanos
        + usage.cacheReadTokens() * readNanos
        + usage.outputTokens() * outputNanos;
  }
}
