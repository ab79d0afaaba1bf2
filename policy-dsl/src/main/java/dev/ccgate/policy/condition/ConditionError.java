package dev.ccgate.policy.condition;

import java.util.Objects;

/**
 * Why a condition does not compile, with the position inside the expression.
 *
 * @param line 1-based line within the expression
 * @param column 0-based character offset within that line (CEL's convention)
 * @param reference for {@link Kind#UNDECLARED}: the dotted name as written, e.g. {@code
 *     team.remainig_usd}; otherwise null
 */
public record ConditionError(Kind kind, int line, int column, String message, String reference) {

  /** What went wrong. */
  public enum Kind {
    /** The expression does not parse. */
    SYNTAX,
    /** A name that is not one of the declared variables. */
    UNDECLARED,
    /** Operands of the wrong type, e.g. comparing a string with a number. */
    TYPE,
    /** The expression is well-typed but not a bool. */
    NOT_BOOL
  }

  /** Validates the error. */
  public ConditionError {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(message, "message");
  }
}
