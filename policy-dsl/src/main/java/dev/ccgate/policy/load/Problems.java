package dev.ccgate.policy.load;

import java.util.ArrayList;
import java.util.List;

/** Collects the findings of one load; every reader adds to it and none stops at the first. */
final class Problems {
  private final String file;
  private final List<Problem> found = new ArrayList<>();

  Problems(String file) {
    this.file = file;
  }

  /** Records an error at {@code at}. */
  void error(String code, Mark at, String message, String hint) {
    add(Problem.Severity.ERROR, code, at, message, hint);
  }

  /** Records an error at {@code at} without a hint. */
  void error(String code, Mark at, String message) {
    add(Problem.Severity.ERROR, code, at, message, null);
  }

  /** Records a warning at {@code at}. */
  void warning(String code, Mark at, String message, String hint) {
    add(Problem.Severity.WARNING, code, at, message, hint);
  }

  private void add(Problem.Severity severity, String code, Mark at, String message, String hint) {
    found.add(new Problem(severity, code, file, at.line(), at.column(), message, hint));
  }

  /** True once any error was recorded. */
  boolean hasErrors() {
    return found.stream().anyMatch(Problem::isError);
  }

  /** The number of errors recorded so far. */
  long errorCount() {
    return found.stream().filter(Problem::isError).count();
  }

  /** Everything found, sorted for output. */
  List<Problem> sorted() {
    return found.stream().sorted().toList();
  }
}
