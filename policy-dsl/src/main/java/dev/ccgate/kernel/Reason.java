package dev.ccgate.kernel;

import dev.ccgate.policy.StageAction;
import java.util.Locale;
import java.util.Objects;

/**
 * One cause of a decision, with the numbers behind it.
 *
 * @param wallet the wallet key ({@code team:platform:daily}), or null for a rule
 * @param rule the rule name, or null
 * @param stage the stage's action, or null
 * @param atBasisPoints the stage threshold (8000 = 80 %), or 0
 * @param steps the downgrade steps of the stage, or 0
 * @param percentBasisPoints the wallet's spend before the request as a share of its limit
 */
public record Reason(
    ReasonKind kind,
    String wallet,
    String rule,
    StageAction stage,
    int atBasisPoints,
    int steps,
    long percentBasisPoints) {

  /** Validates the reason. */
  public Reason {
    Objects.requireNonNull(kind, "kind");
  }

  /**
   * A human-readable line, e.g. {@code team:platform:daily at 96.20% >= 95% downgrade (1 step)}.
   */
  public String describe() {
    return switch (kind) {
      case STAGE ->
          String.format(
              Locale.ROOT,
              "%s at %s >= %s %s%s",
              wallet,
              Percent.format(percentBasisPoints),
              Percent.format(atBasisPoints),
              stage.key(),
              steps > 0 ? " (" + steps + (steps == 1 ? " step)" : " steps)") : "");
      case RULE -> "rule '" + rule + "' matched";
      case SUB_WALLET_FULL ->
          wallet + " at " + Percent.format(percentBasisPoints) + ": sub-wallet full";
      case NOT_CHEAPER -> "kept the asked model: the cheaper family costs more for this request";
      case UNKNOWN_DEVELOPER -> "developer not in policy (unknown: reject)";
    };
  }
}
