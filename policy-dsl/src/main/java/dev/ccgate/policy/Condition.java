package dev.ccgate.policy;

/**
 * A compiled {@code when:} condition. Implementations are pure: the same input gives the same
 * answer. The CEL-backed implementation lives in {@code dev.ccgate.policy.condition}.
 */
@FunctionalInterface
public interface Condition {
  /** The condition of a stage or rule without {@code when:}. */
  Condition ALWAYS = input -> true;

  /** Evaluates the condition against one request's variables. */
  boolean test(ConditionInput input);
}
