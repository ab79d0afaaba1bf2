package dev.ccgate.policy.load;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/**
 * Renders problems the way compilers do, one per line and sorted ({@code path:line:col: error:
 * message}, then an indented {@code hint:} line when there is one), and the summary line that ends
 * a {@code validate} run.
 */
public final class ProblemPrinter {
  private ProblemPrinter() {}

  /** Prints {@code problems} in output order. */
  public static void print(List<Problem> problems, PrintWriter out) {
    problems.stream().sorted().forEach(p -> out.print(format(p)));
  }

  /** One problem as its line, plus its hint line; ends with a line break. */
  public static String format(Problem p) {
    StringBuilder s =
        new StringBuilder()
            .append(p.file())
            .append(':')
            .append(p.line())
            .append(':')
            .append(p.column())
            .append(": ")
            .append(p.severity().name().toLowerCase(Locale.ROOT))
            .append(": ")
            .append(p.message())
            .append('\n');
    if (p.hint() != null) {
      s.append("  hint: ").append(p.hint()).append('\n');
    }
    return s.toString();
  }

  /**
   * {@code ok: 3 files} when nothing was found, else {@code 2 errors, 1 warning in 1 file} (the
   * files that have problems).
   */
  public static String summary(List<LoadResult> results) {
    long errors = results.stream().mapToLong(r -> r.errors().size()).sum();
    long warnings = results.stream().mapToLong(r -> r.warnings().size()).sum();
    if (errors + warnings == 0) {
      return "ok: " + plural(results.size(), "file");
    }
    long files = results.stream().filter(r -> !r.problems().isEmpty()).count();
    return plural(errors, "error")
        + ", "
        + plural(warnings, "warning")
        + " in "
        + plural(files, "file");
  }

  private static String plural(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
