package dev.ccgate.decision;

/**
 * One line of a decision log: a request's decision, or (gateway logs only) a wallet adjustment.
 * Exactly one of the two is set.
 */
public record LogLine(DecisionRecord decision, WalletAdjustment adjustment) {

  /** Validates that exactly one is set. */
  public LogLine {
    if ((decision == null) == (adjustment == null)) {
      throw new IllegalArgumentException("a log line is a decision or an adjustment");
    }
  }

  /** True for a wallet adjustment. */
  public boolean isAdjustment() {
    return adjustment != null;
  }
}
