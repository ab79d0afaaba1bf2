package dev.ccgate.policy.load;

import java.util.Comparator;
import java.util.Objects;

/**
 * One validation finding, as data: printed as {@code file:line:column: severity: message} with an
 * optional hint line.
 *
 * @param code a stable kebab-case id tests and tools can match, e.g. {@code unknown-key}
 * @param file the policy file as the user named it
 * @param hint what to do about it, or null
 */
public record Problem(
    Severity severity, String code, String file, int line, int column, String message, String hint)
    implements Comparable<Problem> {

  /** How bad a finding is: errors make a policy unusable, warnings do not. */
  public enum Severity {
    ERROR,
    WARNING
  }

  /** The output order: file, line, column, code (then message, for a total order). */
  public static final Comparator<Problem> ORDER =
      Comparator.comparing(Problem::file)
          .thenComparingInt(Problem::line)
          .thenComparingInt(Problem::column)
          .thenComparing(Problem::code)
          .thenComparing(Problem::message);

  /** Validates the finding. */
  public Problem {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(message, "message");
  }

  /** True for an error. */
  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** The position as {@code line:column}. */
  public String position() {
    return line + ":" + column;
  }

  @Override
  public int compareTo(Problem other) {
    return ORDER.compare(this, other);
  }
}
