package dev.ccgate.cli;

import dev.ccgate.policy.load.InvalidPolicyException;
import dev.ccgate.policy.load.LoadResult;
import dev.ccgate.policy.load.ProblemPrinter;
import dev.ccgate.simulator.store.MissingLibraryException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;

/** Maps exceptions to exit codes and one-line messages: the only place that does. */
final class ExitCodes {
  private ExitCodes() {}

  /** The exit code for {@code ex}. */
  static int of(Throwable ex) {
    if (ex instanceof CommandLine.ParameterException) {
      return ExitCode.USAGE; // a bad option or value, e.g. --at 2026-13-01
    }
    if (ex instanceof IOException
        || ex instanceof UncheckedIOException
        || ex instanceof MissingLibraryException) {
      return ExitCode.USAGE; // an installation missing DuckDB's library cannot run as invoked
    }
    if (ex instanceof InvalidPolicyException) {
      return ExitCode.FINDINGS; // as ccgate validate: the policy file has errors
    }
    if (ex instanceof IllegalArgumentException) {
      return ExitCode.BAD_INPUT;
    }
    return ExitCode.INTERNAL;
  }

  /**
   * What to print for {@code ex}: every problem of an invalid policy file, as {@code ccgate
   * validate} prints them; one line a user can act on for anything else.
   */
  static void print(Throwable ex, PrintWriter err) {
    if (ex instanceof InvalidPolicyException invalid) {
      // diff reads two policies: the second one's errors ride along as a suppressed exception.
      List<LoadResult> results = new ArrayList<>(List.of(invalid.result()));
      for (Throwable t : invalid.getSuppressed()) {
        if (t instanceof InvalidPolicyException more) {
          results.add(more.result());
        }
      }
      for (LoadResult r : results) {
        ProblemPrinter.print(r.problems(), err);
      }
      err.println("ccgate: " + ProblemPrinter.summary(results));
    } else {
      err.println("ccgate: " + message(ex));
    }
  }

  /** One line a user can act on. */
  static String message(Throwable ex) {
    Throwable cause = ex instanceof UncheckedIOException u ? u.getCause() : ex;
    if (cause instanceof NoSuchFileException nsf) {
      return "no such file: " + nsf.getFile();
    }
    if (cause instanceof IOException) {
      return "cannot read input: " + cause.getMessage();
    }
    if (cause instanceof IllegalArgumentException || cause instanceof MissingLibraryException) {
      return cause.getMessage();
    }
    return "internal error ("
        + cause.getClass().getSimpleName()
        + "): "
        + cause.getMessage()
        + " — rerun with --verbose and report it";
  }
}
