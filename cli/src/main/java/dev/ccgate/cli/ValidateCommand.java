package dev.ccgate.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code ccgate validate FILE...}: placeholder until the policy loader lands. */
@Command(name = "validate", description = "Check policy files.")
final class ValidateCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    throw new UnsupportedOperationException("validate is not built yet");
  }
}
