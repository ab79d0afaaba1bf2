package dev.ccgate.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

/** One run of ccgate through {@link Main#run}, as a user would run it: exit code and outputs. */
record CliRun(int code, String out, String err) {
  /** Runs {@code ccgate args…}. */
  static CliRun of(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
    return new CliRun(code, out.toString(), err.toString());
  }

  /** Standard output's lines. */
  List<String> lines() {
    return out.lines().toList();
  }

  /** Whether a line of standard output matches {@code regex} whole. */
  boolean hasLine(String regex) {
    return lines().stream().anyMatch(l -> l.matches(regex));
  }
}
