package dev.ccgate.policy.condition;

import dev.ccgate.policy.Condition;
import dev.ccgate.policy.ConditionInput;
import dev.ccgate.policy.ConditionVariable;

/**
 * A node of a fast-path condition: evaluates to {@link #TRUE}, {@link #FALSE} or {@link #ERROR}.
 * The third value keeps CEL's logic exact: {@code false && error} is false, {@code true || error}
 * is true, {@code !error} is an error (CEL spec, "Logical operators").
 */
abstract class FastNode implements Condition {
  static final int FALSE = 0;
  static final int TRUE = 1;
  static final int ERROR = 2;

  /** The node's value for {@code input}. */
  abstract int eval(ConditionInput input);

  /** A top-level error counts as false, as for the CEL interpreter. */
  @Override
  public final boolean test(ConditionInput input) {
    return eval(input) == TRUE;
  }

  static int of(boolean b) {
    return b ? TRUE : FALSE;
  }

  /** {@code true} or {@code false}. */
  static final class Constant extends FastNode {
    private final int value;

    Constant(boolean value) {
      this.value = of(value);
    }

    @Override
    int eval(ConditionInput input) {
      return value;
    }
  }

  /**
   * {@code a && b} (false decides) or {@code a || b} (true decides): the deciding value wins over
   * an error, in either position, as CEL's commutative logic operators require.
   */
  static final class Junction extends FastNode {
    private final FastNode left;
    private final FastNode right;
    private final int deciding;

    private Junction(FastNode left, FastNode right, int deciding) {
      this.left = left;
      this.right = right;
      this.deciding = deciding;
    }

    static Junction and(FastNode left, FastNode right) {
      return new Junction(left, right, FALSE);
    }

    static Junction or(FastNode left, FastNode right) {
      return new Junction(left, right, TRUE);
    }

    @Override
    int eval(ConditionInput input) {
      int a = left.eval(input);
      if (a == deciding) {
        return deciding;
      }
      int b = right.eval(input);
      if (b == deciding) {
        return deciding;
      }
      return a == ERROR || b == ERROR ? ERROR : deciding ^ 1;
    }
  }

  /** {@code !a}. */
  static final class Not extends FastNode {
    private final FastNode operand;

    Not(FastNode operand) {
      this.operand = operand;
    }

    @Override
    int eval(ConditionInput input) {
      int a = operand.eval(input);
      return a == ERROR ? ERROR : a ^ 1;
    }
  }

  /** A bool variable used as a condition, e.g. {@code request.stream}. */
  static final class BoolVariable extends FastNode {
    private final ConditionVariable variable;

    BoolVariable(ConditionVariable variable) {
      this.variable = variable;
    }

    @Override
    int eval(ConditionInput input) {
      return input.value(variable) instanceof Boolean b ? of(b) : ERROR;
    }
  }

  /** A comparison operator, applied to the sign of a three-way comparison. */
  enum Op {
    LESS,
    LESS_EQUALS,
    GREATER,
    GREATER_EQUALS,
    EQUALS,
    NOT_EQUALS;

    boolean holds(int cmp) {
      return switch (this) {
        case LESS -> cmp < 0;
        case LESS_EQUALS -> cmp <= 0;
        case GREATER -> cmp > 0;
        case GREATER_EQUALS -> cmp >= 0;
        case EQUALS -> cmp == 0;
        case NOT_EQUALS -> cmp != 0;
      };
    }

    /** The operator with its operands swapped: {@code 5 < x} is {@code x > 5}. */
    Op mirrored() {
      return switch (this) {
        case LESS -> GREATER;
        case LESS_EQUALS -> GREATER_EQUALS;
        case GREATER -> LESS;
        case GREATER_EQUALS -> LESS_EQUALS;
        case EQUALS, NOT_EQUALS -> this;
      };
    }

    /** IEEE comparison of doubles, as CEL's {@code less_double} etc. (false for NaN). */
    boolean holds(double a, double b) {
      return switch (this) {
        case LESS -> a < b;
        case LESS_EQUALS -> a <= b;
        case GREATER -> a > b;
        case GREATER_EQUALS -> a >= b;
        case EQUALS -> a == b;
        case NOT_EQUALS -> a != b;
      };
    }
  }

  /** {@code int-variable op int-literal}. */
  static final class IntCompare extends FastNode {
    private final ConditionVariable variable;
    private final Op op;
    private final long literal;

    IntCompare(ConditionVariable variable, Op op, long literal) {
      this.variable = variable;
      this.op = op;
      this.literal = literal;
    }

    @Override
    int eval(ConditionInput input) {
      if (input.alwaysComplete()) {
        return of(op.holds(Long.compare(input.longValue(variable), literal)));
      }
      return input.value(variable) instanceof Long v
          ? of(op.holds(Long.compare(v, literal)))
          : ERROR;
    }
  }

  /** {@code double-variable op double-literal}. */
  static final class DoubleCompare extends FastNode {
    private final ConditionVariable variable;
    private final Op op;
    private final double literal;

    DoubleCompare(ConditionVariable variable, Op op, double literal) {
      this.variable = variable;
      this.op = op;
      this.literal = literal;
    }

    @Override
    int eval(ConditionInput input) {
      if (input.alwaysComplete()) {
        return of(op.holds(input.doubleValue(variable), literal));
      }
      return input.value(variable) instanceof Double v ? of(op.holds(v, literal)) : ERROR;
    }
  }

  /**
   * {@code double-variable op int-literal} or {@code int-variable op double-literal}: CEL's
   * heterogeneous numeric comparison, which compares the values as numbers (cel-java's {@code
   * ComparisonFunctions.compareDoubleInt}).
   */
  static final class MixedCompare extends FastNode {
    private final ConditionVariable variable;
    private final Op op;
    private final double doubleLiteral;
    private final long intLiteral;
    private final boolean variableIsDouble;

    MixedCompare(ConditionVariable variable, Op op, double doubleLiteral, long intLiteral) {
      this.variable = variable;
      this.op = op;
      this.doubleLiteral = doubleLiteral;
      this.intLiteral = intLiteral;
      this.variableIsDouble = variable.type() == ConditionVariable.Type.DOUBLE;
    }

    @Override
    int eval(ConditionInput input) {
      if (input.alwaysComplete()) {
        return variableIsDouble
            ? of(op.holds(compareDoubleInt(input.doubleValue(variable), intLiteral)))
            : of(op.holds(-compareDoubleInt(doubleLiteral, input.longValue(variable))));
      }
      Object v = input.value(variable);
      if (variableIsDouble) {
        return v instanceof Double d ? of(op.holds(compareDoubleInt(d, intLiteral))) : ERROR;
      }
      return v instanceof Long l ? of(op.holds(-compareDoubleInt(doubleLiteral, l))) : ERROR;
    }

    static int compareDoubleInt(double d, long l) {
      // Beyond the long range: cel-java compares against -2^63 and 2^63 first.
      if (d < -0x1p63) {
        return -1;
      }
      if (d > 0x1p63) {
        return 1;
      }
      return Double.compare(d, (double) l);
    }
  }

  /**
   * {@code string-variable op string-literal}, ordered as {@link String#compareTo} (cel-java), or
   * {@code bool-variable op bool-literal} ({@code false < true}).
   */
  static final class ComparableCompare<T extends Comparable<T>> extends FastNode {
    private final ConditionVariable variable;
    private final Op op;
    private final Class<T> type;
    private final T literal;

    ComparableCompare(ConditionVariable variable, Op op, Class<T> type, T literal) {
      this.variable = variable;
      this.op = op;
      this.type = type;
      this.literal = literal;
    }

    @Override
    int eval(ConditionInput input) {
      Object v = input.value(variable);
      return type.isInstance(v) ? of(op.holds(type.cast(v).compareTo(literal))) : ERROR;
    }
  }
}
