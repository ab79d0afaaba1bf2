package dev.ccgate.policy.load;

import dev.ccgate.policy.Condition;
import dev.ccgate.policy.ConditionVariable;
import dev.ccgate.policy.condition.ConditionCompiler;
import dev.ccgate.policy.condition.ConditionError;
import java.util.Arrays;
import java.util.List;

/**
 * Compiles {@code when:} strings and reports CEL errors at their place in the file: the scalar's
 * position plus the offset inside the expression (past the quote, onto the right line of a block).
 */
final class WhenReader {
  private static final List<String> VARIABLES =
      Arrays.stream(ConditionVariable.values()).map(ConditionVariable::celName).toList();

  private final Problems problems;
  private final ConditionCompiler compiler;
  private final ScalarPositions positions;

  WhenReader(Problems problems, ConditionCompiler compiler, ScalarPositions positions) {
    this.problems = problems;
    this.compiler = compiler;
    this.positions = positions;
  }

  /** A compiled condition with its source; {@code source} is null for "no condition". */
  record When(Condition condition, String source) {
    static final When ALWAYS = new When(Condition.ALWAYS, null);
  }

  /** The condition at {@code node}: {@link When#ALWAYS} when absent, null after an error. */
  When read(YamlNode node, String path) {
    if (node == null) {
      return When.ALWAYS;
    }
    if (!(node instanceof YamlScalar scalar) || scalar.isNull() || scalar.text().isBlank()) {
      problems.error(
          "wrong-type",
          node.mark(),
          path + " must be a CEL expression, not " + node.describe(),
          "e.g. \"request.input_tokens < 10000\"");
      return null;
    }
    // A block scalar ends with a line break; trailing space is not part of the condition.
    String source = scalar.text().stripTrailing();
    ConditionCompiler.Result result = compiler.compile(source);
    if (result.ok()) {
      return new When(result.condition(), source);
    }
    for (ConditionError error : result.errors()) {
      Mark at = positions.locate(scalar, error.line(), error.column());
      problems.error(code(error), at, path + ": " + error.message(), hint(error));
    }
    return null;
  }

  private static String code(ConditionError error) {
    return switch (error.kind()) {
      case SYNTAX -> "cel-syntax";
      case UNDECLARED -> "cel-undeclared";
      case TYPE -> "cel-type";
      case NOT_BOOL -> "cel-not-bool";
    };
  }

  private static String hint(ConditionError error) {
    return switch (error.kind()) {
      case UNDECLARED -> undeclaredHint(error.reference());
      case NOT_BOOL -> "compare it with something, e.g. request.input_tokens > 10000";
      case TYPE ->
          error.message().contains("(double, int)") || error.message().contains("(int, double)")
              ? "== and != need both sides of one type: write 90.0 for a double"
              : null;
      case SYNTAX -> null;
    };
  }

  private static String undeclaredHint(String reference) {
    List<String> close = Suggestions.closest(reference, VARIABLES, 3);
    if (close.size() == 1) {
      return "did you mean '" + close.get(0) + "'?";
    }
    return close.isEmpty()
        ? "variables: " + String.join(", ", VARIABLES)
        : "closest variables: " + String.join(", ", close);
  }
}
