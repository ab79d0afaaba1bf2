package dev.ccgate.policy.load;

import static dev.ccgate.policy.load.Policies.parse;
import static dev.ccgate.policy.load.ProblemAssertions.problem;

import org.junit.jupiter.api.Test;

/** CEL error positions land on the offending character whatever the YAML scalar style. */
class ConditionPositionsTest {
  private static LoadResult rule(String when) {
    return parse("version: 1\nrules:\n  - name: r\n    route_to: haiku\n    when: " + when + "\n");
  }

  @Test
  void plainScalar() {
    // "    when: " is 10 characters; 'nope' starts at offset 24 of the expression.
    problem(rule("request.input_tokens < 3 && nope"), "cel-undeclared", 5, 11 + 28);
  }

  @Test
  void doubleQuotedScalarWithEscapesBeforeTheError() {
    // \" is two characters in the file but one in the expression.
    problem(rule("\"request.family == \\\"x\\\" && nope\""), "cel-undeclared", 5, 12 + 27);
  }

  @Test
  void singleQuotedScalar() {
    problem(rule("'nope'"), "cel-undeclared", 5, 12);
  }

  @Test
  void literalBlockKeepsLines() {
    problem(rule("|\n      time.hour > 3 &&\n      nope\n"), "cel-undeclared", 7, 7);
  }

  @Test
  void foldedBlockJoinsLines() {
    // Folded into "time.hour > 3 && nope": the error is on the second file line.
    problem(rule(">\n      time.hour > 3 &&\n      nope\n"), "cel-undeclared", 7, 7);
  }

  @Test
  void plainScalarOverTwoLines() {
    problem(rule("time.hour > 3 &&\n      nope"), "cel-undeclared", 6, 7);
  }

  @Test
  void anErrorAtTheEndPointsJustPastTheExpression() {
    problem(rule("\"time.hour > 3 &&\""), "cel-syntax", 5, 12 + 16);
  }
}
