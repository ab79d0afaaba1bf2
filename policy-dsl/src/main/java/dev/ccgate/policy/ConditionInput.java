package dev.ccgate.policy;

/**
 * The variables a condition may read, resolved lazily: the kernel computes a value only when a
 * condition asks for it.
 */
public interface ConditionInput {
  /**
   * The value of {@code variable}: a {@link String}, {@link Long}, {@link Double} or {@link
   * Boolean} as {@link ConditionVariable#type()} declares.
   */
  Object value(ConditionVariable variable);
}
