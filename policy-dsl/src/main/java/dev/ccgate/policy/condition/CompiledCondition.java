package dev.ccgate.policy.condition;

import dev.ccgate.policy.Condition;
import dev.ccgate.policy.ConditionInput;
import java.util.Objects;

/**
 * A type-checked {@code when:} condition. Two conditions are equal when their source text is: under
 * the one variable environment the text determines the function.
 */
public final class CompiledCondition implements Condition {
  private final String source;
  private final Condition evaluator;
  private final boolean fastPath;

  CompiledCondition(String source, Condition evaluator, boolean fastPath) {
    this.source = Objects.requireNonNull(source, "source");
    this.evaluator = Objects.requireNonNull(evaluator, "evaluator");
    this.fastPath = fastPath;
  }

  /**
   * True when the condition holds. An evaluation error (a missing variable, an overflow in
   * arithmetic) makes the condition false: a stage or rule whose condition cannot be decided does
   * not apply.
   */
  @Override
  public boolean test(ConditionInput input) {
    return evaluator.test(input);
  }

  /** The expression as written in the policy. */
  public String source() {
    return source;
  }

  /** True when the condition runs on Java predicates rather than the CEL interpreter. */
  public boolean isFastPath() {
    return fastPath;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CompiledCondition other && source.equals(other.source);
  }

  @Override
  public int hashCode() {
    return source.hashCode();
  }

  @Override
  public String toString() {
    return source;
  }
}
