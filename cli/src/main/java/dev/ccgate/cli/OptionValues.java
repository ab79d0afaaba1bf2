package dev.ccgate.cli;

import java.time.DateTimeException;
import java.util.function.Supplier;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** Parses option values so that a bad one is a usage error (exit 2), not bad input data. */
final class OptionValues {
  private OptionValues() {}

  /** The value {@code parse} gives, or a {@link ParameterException} with its message. */
  static <T> T parse(CommandSpec spec, Supplier<T> parse) {
    try {
      return parse.get();
    } catch (IllegalArgumentException | DateTimeException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
  }
}
