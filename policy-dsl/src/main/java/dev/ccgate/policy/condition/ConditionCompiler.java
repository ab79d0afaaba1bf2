package dev.ccgate.policy.condition;

import dev.ccgate.policy.Condition;
import dev.ccgate.policy.ConditionVariable;
import dev.cel.bundle.Cel;
import dev.cel.bundle.CelFactory;
import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.common.CelIssue;
import dev.cel.common.CelOptions;
import dev.cel.common.CelValidationException;
import dev.cel.common.CelValidationResult;
import dev.cel.common.types.CelType;
import dev.cel.common.types.SimpleType;
import dev.cel.runtime.CelEvaluationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Compiles {@code when:} strings: parses and type-checks them against the declared variables (every
 * {@link ConditionVariable} by its dotted name), requires a bool result, and returns a condition on
 * the fast path where the expression allows, else on the CEL interpreter. One compiler holds one
 * CEL environment; it is immutable and may be shared.
 *
 * <p>Numbers: an int and a double may be compared with {@code < <= > >=} ({@code team.percent > 90}
 * works; CEL's heterogeneous numeric comparison), but {@code ==} and {@code !=} need both sides of
 * one type ({@code team.percent == 90.0}).
 */
public final class ConditionCompiler {
  /** A compiler for the standard variables. */
  public ConditionCompiler() {}

  /**
   * The CEL environment, built on first use: it loads some 300 protobuf and CEL classes (a quarter
   * of a second in a fresh JVM) that a policy without conditions never needs.
   */
  private static final class Standard {
    static final Cel CEL = build();

    private static Cel build() {
      // standardCelBuilder() is legacyCelBuilder(); the planner runtime measured no faster here.
      var builder =
          CelFactory.legacyCelBuilder()
              .setOptions(CelOptions.current().enableHeterogeneousNumericComparisons(true).build())
              .setResultType(SimpleType.BOOL);
      for (ConditionVariable variable : ConditionVariable.values()) {
        builder.addVar(variable.celName(), celType(variable.type()));
      }
      return builder.build();
    }
  }

  /** The result of compiling one expression: a condition, or the reasons there is none. */
  public record Result(Condition condition, List<ConditionError> errors) {
    /** Copies the errors. */
    public Result {
      errors = List.copyOf(errors);
    }

    /** True when the expression compiled. */
    public boolean ok() {
      return condition != null;
    }
  }

  /** Compiles {@code expression}, preferring the fast path. */
  public Result compile(String expression) {
    return compile(expression, true);
  }

  /** Compiles {@code expression} for the CEL interpreter only (to test the fast path against). */
  public Result compileInterpreted(String expression) {
    return compile(expression, false);
  }

  private Result compile(String expression, boolean allowFastPath) {
    Objects.requireNonNull(expression, "expression");
    CelValidationResult parsed = Standard.CEL.parse(expression);
    if (parsed.hasError()) {
      return failed(expression, parsed.getErrors(), true);
    }
    CelValidationResult checked;
    try {
      checked = Standard.CEL.check(parsed.getAst());
    } catch (CelValidationException e) {
      return failed(expression, e.getErrors(), true);
    }
    if (checked.hasError()) {
      return failed(expression, checked.getErrors(), false);
    }
    try {
      CelAbstractSyntaxTree ast = checked.getAst();
      FastNode fast = allowFastPath ? FastPathCompiler.compile(ast) : null;
      Condition evaluator = fast != null ? fast : new CelCondition(Standard.CEL.createProgram(ast));
      return new Result(new CompiledCondition(expression, evaluator, fast != null), List.of());
    } catch (CelValidationException | CelEvaluationException e) {
      return new Result(
          null, List.of(new ConditionError(ConditionError.Kind.TYPE, 1, 0, e.getMessage(), null)));
    }
  }

  private static Result failed(String expression, List<CelIssue> issues, boolean syntax) {
    List<ConditionError> errors = new ArrayList<>();
    for (CelIssue issue : issues) {
      int line = Math.max(1, issue.getSourceLocation().getLine());
      int column = Math.max(0, issue.getSourceLocation().getColumn());
      errors.add(classify(expression, issue.getMessage(), line, column, syntax));
    }
    return new Result(null, errors);
  }

  private static ConditionError classify(
      String expression, String message, int line, int column, boolean syntax) {
    if (syntax) {
      return new ConditionError(ConditionError.Kind.SYNTAX, line, column, message, null);
    }
    if (message.startsWith("undeclared reference")) {
      // CEL names only the first segment ('team'); the hint needs the whole dotted name.
      String reference = dottedNameAt(expression, line, column);
      return new ConditionError(
          ConditionError.Kind.UNDECLARED,
          line,
          column,
          "undeclared reference to '" + reference + "'",
          reference);
    }
    if (message.startsWith("expected type 'bool' but found")) {
      String found = message.substring("expected type 'bool' but found ".length());
      return new ConditionError(
          ConditionError.Kind.NOT_BOOL,
          line,
          column,
          "a condition must be a bool, but this expression is " + found,
          null);
    }
    return new ConditionError(ConditionError.Kind.TYPE, line, column, message, null);
  }

  /** The identifier with dots starting at CEL's 1-based line, 0-based column. */
  static String dottedNameAt(String expression, int line, int column) {
    String[] lines = expression.split("\n", -1);
    String text = line - 1 < lines.length ? lines[line - 1] : "";
    int end = Math.min(column, text.length());
    while (end < text.length()
        && (Character.isLetterOrDigit(text.charAt(end))
            || text.charAt(end) == '_'
            || text.charAt(end) == '.')) {
      end++;
    }
    String name = text.substring(Math.min(column, text.length()), end);
    while (name.endsWith(".")) {
      name = name.substring(0, name.length() - 1);
    }
    return name;
  }

  private static CelType celType(ConditionVariable.Type type) {
    return switch (type) {
      case STRING -> SimpleType.STRING;
      case INT -> SimpleType.INT;
      case DOUBLE -> SimpleType.DOUBLE;
      case BOOL -> SimpleType.BOOL;
    };
  }
}
