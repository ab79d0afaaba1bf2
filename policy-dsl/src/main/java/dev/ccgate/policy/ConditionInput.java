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

  /**
   * True when every variable always has a value of its declared type, so {@link #longValue} and
   * {@link #doubleValue} never fail; compiled conditions then skip the boxed path and its
   * missing-value (CEL error) handling.
   */
  default boolean alwaysComplete() {
    return false;
  }

  /** An INT variable's value without boxing (the hot path of compiled conditions). */
  default long longValue(ConditionVariable variable) {
    return (Long) value(variable);
  }

  /** A DOUBLE variable's value without boxing. */
  default double doubleValue(ConditionVariable variable) {
    return (Double) value(variable);
  }
}
