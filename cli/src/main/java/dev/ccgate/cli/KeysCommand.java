package dev.ccgate.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code ccgate keys}: manage the gateway's virtual keys. */
@Command(
    name = "keys",
    mixinStandardHelpOptions = true,
    description = "Manage the gateway's virtual keys.",
    subcommands = {KeysAddCommand.class})
final class KeysCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return ExitCode.USAGE;
  }
}
