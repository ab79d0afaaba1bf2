package dev.ccgate.policy;

import java.util.Objects;

/**
 * One escalation step of a wallet: at {@code atBasisPoints} of the budget (8000 = 80 %), do {@code
 * action}; a downgrade moves {@code steps} rungs, and {@code when} limits which requests the stage
 * applies to.
 *
 * @param whenSource the condition as written, or null when the stage has none
 */
public record Stage(
    int atBasisPoints, StageAction action, int steps, Condition when, String whenSource) {

  /** Validates the stage. */
  public Stage {
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(when, "when");
    if (atBasisPoints <= 0) {
      throw new IllegalArgumentException("stage 'at' must be > 0");
    }
    if (action == StageAction.DOWNGRADE ? steps < 1 : steps != 0) {
      throw new IllegalArgumentException("only a downgrade stage has steps, and at least 1");
    }
  }

  /** A stage without a condition. */
  public static Stage of(int atBasisPoints, StageAction action, int steps) {
    return new Stage(atBasisPoints, action, steps, Condition.ALWAYS, null);
  }
}
