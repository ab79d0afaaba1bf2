package dev.ccgate.policy.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;

/** Assertions on load results that print every problem when they fail. */
final class ProblemAssertions {
  private ProblemAssertions() {}

  /** The single problem of {@code result} with {@code code}, at {@code line}:{@code column}. */
  static Problem problem(LoadResult result, String code, int line, int column) {
    List<Problem> matching = result.problems().stream().filter(p -> p.code().equals(code)).toList();
    if (matching.size() != 1) {
      fail("expected one '" + code + "' problem, got:\n" + render(result));
    }
    Problem p = matching.get(0);
    assertEquals(
        line + ":" + column, p.position(), () -> "position of " + code + " in\n" + render(result));
    return p;
  }

  /** Like {@link #problem} and also checks the hint. */
  static Problem problem(LoadResult result, String code, int line, int column, String hint) {
    Problem p = problem(result, code, line, column);
    assertEquals(hint, p.hint(), () -> "hint of " + code + " in\n" + render(result));
    return p;
  }

  /** Asserts the result has no problems at all. */
  static void clean(LoadResult result) {
    assertTrue(result.problems().isEmpty(), () -> "expected no problems, got:\n" + render(result));
    assertTrue(result.ok());
  }

  static String render(LoadResult result) {
    StringBuilder s = new StringBuilder();
    result.problems().forEach(p -> s.append(ProblemPrinter.format(p)));
    return s.toString();
  }
}
