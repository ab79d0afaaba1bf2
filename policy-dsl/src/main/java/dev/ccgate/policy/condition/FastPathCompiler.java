package dev.ccgate.policy.condition;

import dev.ccgate.policy.ConditionVariable;
import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.common.ast.CelConstant;
import dev.cel.common.ast.CelExpr;
import java.util.List;

/**
 * Compiles a type-checked CEL AST in the fast-path subset into a {@link FastNode} tree: {@code
 * true}, {@code false}, a bool variable, a comparison ({@code < <= > >= == !=}) between one
 * variable and one literal (either side), and {@code && || !} over those. Returns null for anything
 * else, which then runs on the CEL interpreter. The checker has already fixed every operand type,
 * so the node for each comparison is chosen once, here.
 */
final class FastPathCompiler {
  private final CelAbstractSyntaxTree ast;

  private FastPathCompiler(CelAbstractSyntaxTree ast) {
    this.ast = ast;
  }

  /** The fast-path tree for {@code ast}, or null when it is outside the subset. */
  static FastNode compile(CelAbstractSyntaxTree ast) {
    return new FastPathCompiler(ast).node(ast.getExpr());
  }

  private FastNode node(CelExpr expr) {
    return switch (expr.getKind()) {
      case CONSTANT ->
          expr.constant().getKind() == CelConstant.Kind.BOOLEAN_VALUE
              ? new FastNode.Constant(expr.constant().booleanValue())
              : null;
      case IDENT -> {
        ConditionVariable variable = variable(expr);
        yield variable != null && variable.type() == ConditionVariable.Type.BOOL
            ? new FastNode.BoolVariable(variable)
            : null;
      }
      case CALL -> call(expr.call());
      default -> null;
    };
  }

  private FastNode call(CelExpr.CelCall call) {
    if (call.target().isPresent()) {
      return null;
    }
    List<CelExpr> args = call.args();
    return switch (call.function()) {
      case "_&&_" -> logical(true, args);
      case "_||_" -> logical(false, args);
      case "!_" -> {
        FastNode operand = args.size() == 1 ? node(args.get(0)) : null;
        yield operand == null ? null : new FastNode.Not(operand);
      }
      default -> {
        FastNode.Op op = operator(call.function());
        yield op == null || args.size() != 2 ? null : comparison(op, args.get(0), args.get(1));
      }
    };
  }

  private FastNode logical(boolean and, List<CelExpr> args) {
    if (args.size() < 2) {
      return null;
    }
    // Left fold: CEL evaluates n-ary logical calls left to right with the same absorption rules.
    FastNode result = node(args.get(0));
    for (int i = 1; i < args.size() && result != null; i++) {
      FastNode next = node(args.get(i));
      if (next == null) {
        return null;
      }
      result = and ? FastNode.Junction.and(result, next) : FastNode.Junction.or(result, next);
    }
    return result;
  }

  private FastNode comparison(FastNode.Op op, CelExpr left, CelExpr right) {
    if (left.getKind() == CelExpr.ExprKind.Kind.IDENT
        && right.getKind() == CelExpr.ExprKind.Kind.CONSTANT) {
      return compare(variable(left), op, right.constant());
    }
    if (left.getKind() == CelExpr.ExprKind.Kind.CONSTANT
        && right.getKind() == CelExpr.ExprKind.Kind.IDENT) {
      return compare(variable(right), op.mirrored(), left.constant());
    }
    return null;
  }

  private static FastNode compare(ConditionVariable variable, FastNode.Op op, CelConstant literal) {
    if (variable == null) {
      return null;
    }
    ConditionVariable.Type type = variable.type();
    return switch (literal.getKind()) {
      case INT64_VALUE ->
          type == ConditionVariable.Type.INT
              ? new FastNode.IntCompare(variable, op, literal.int64Value())
              : type == ConditionVariable.Type.DOUBLE && isOrdering(op)
                  ? new FastNode.MixedCompare(variable, op, 0, literal.int64Value())
                  : null;
      case DOUBLE_VALUE ->
          type == ConditionVariable.Type.DOUBLE
              ? new FastNode.DoubleCompare(variable, op, literal.doubleValue())
              : type == ConditionVariable.Type.INT && isOrdering(op)
                  ? new FastNode.MixedCompare(variable, op, literal.doubleValue(), 0)
                  : null;
      case STRING_VALUE ->
          type == ConditionVariable.Type.STRING
              ? new FastNode.ComparableCompare<>(variable, op, String.class, literal.stringValue())
              : null;
      case BOOLEAN_VALUE ->
          type == ConditionVariable.Type.BOOL
              ? new FastNode.ComparableCompare<>(
                  variable, op, Boolean.class, literal.booleanValue())
              : null;
      default -> null;
    };
  }

  // The checker admits mixed int/double only for ordering operators; equality needs one type.
  private static boolean isOrdering(FastNode.Op op) {
    return op != FastNode.Op.EQUALS && op != FastNode.Op.NOT_EQUALS;
  }

  private ConditionVariable variable(CelExpr ident) {
    // After checking, a qualified name such as team.percent is one IDENT whose reference names
    // the declared variable.
    String name =
        ast.getReference(ident.id())
            .map(ref -> ref.name().isEmpty() ? ident.ident().name() : ref.name())
            .orElse(ident.ident().name());
    return ConditionVariable.byName(name);
  }

  private static FastNode.Op operator(String function) {
    return switch (function) {
      case "_<_" -> FastNode.Op.LESS;
      case "_<=_" -> FastNode.Op.LESS_EQUALS;
      case "_>_" -> FastNode.Op.GREATER;
      case "_>=_" -> FastNode.Op.GREATER_EQUALS;
      case "_==_" -> FastNode.Op.EQUALS;
      case "_!=_" -> FastNode.Op.NOT_EQUALS;
      default -> null;
    };
  }
}
