package dev.ccgate.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import picocli.CommandLine;

/** Maps exceptions to exit codes and one-line messages: the only place that does. */
final class ExitCodes {
  private ExitCodes() {}

  /** The exit code for {@code ex}. */
  static int of(Throwable ex) {
    if (ex instanceof CommandLine.ParameterException) {
      return ExitCode.USAGE; // a bad option or value, e.g. --at 2026-13-01
    }
    if (ex instanceof IOException || ex instanceof UncheckedIOException) {
      return ExitCode.USAGE;
    }
    if (ex instanceof IllegalArgumentException) {
      return ExitCode.BAD_INPUT;
    }
    return ExitCode.INTERNAL;
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
    if (cause instanceof IllegalArgumentException) {
      return cause.getMessage();
    }
    return "internal error ("
        + cause.getClass().getSimpleName()
        + "): "
        + cause.getMessage()
        + " — rerun with --verbose and report it";
  }
}
