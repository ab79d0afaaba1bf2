package dev.ccgate.kernel;

import java.time.Instant;

/**
 * The running state of one wallet in its current period: spend and the highest stage already fired.
 * Owned by a {@link Ledger}; not thread-safe (the caller serialises access).
 */
public final class WalletState {
  private long periodStart;
  private long periodEnd;
  private long spentMicros;
  private int firedUpToBasisPoints;

  WalletState(Instant periodStart, Instant periodEnd) {
    this.periodStart = periodStart.getEpochSecond();
    this.periodEnd = periodEnd.getEpochSecond();
  }

  /**
   * True when {@code t} falls after this state's period (so spend reads as 0 and stages re-arm).
   */
  boolean expiredAt(Instant t) {
    return t.getEpochSecond() >= periodEnd;
  }

  /** Starts a new period: spend 0, every stage re-armed. */
  void reset(Instant start, Instant end) {
    periodStart = start.getEpochSecond();
    periodEnd = end.getEpochSecond();
    spentMicros = 0;
    firedUpToBasisPoints = 0;
  }

  /** Spend in the current period, micro-dollars. */
  public long spentMicros() {
    return spentMicros;
  }

  /** The highest stage threshold (basis points) that has fired this period. */
  public int firedUpToBasisPoints() {
    return firedUpToBasisPoints;
  }

  /** The period's start. */
  public Instant periodStart() {
    return Instant.ofEpochSecond(periodStart);
  }

  /** The period's end: the reset time. */
  public Instant periodEnd() {
    return Instant.ofEpochSecond(periodEnd);
  }

  void add(long micros) {
    spentMicros = Math.addExact(spentMicros, micros);
  }

  void setSpent(long micros) {
    spentMicros = micros;
  }

  void markFired(int basisPoints) {
    firedUpToBasisPoints = Math.max(firedUpToBasisPoints, basisPoints);
  }
}
