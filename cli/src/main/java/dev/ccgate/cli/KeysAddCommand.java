package dev.ccgate.cli;

import dev.ccgate.gateway.identity.KeysFile;
import java.io.IOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ccgate keys add DEVELOPER --keys FILE [--team TEAM]}: makes a new virtual key, prints it
 * once, and stores only its SHA-256.
 */
@Command(
    name = "add",
    mixinStandardHelpOptions = true,
    description =
        "Make a virtual key for a developer; it is printed once and only its hash is kept.")
final class KeysAddCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "DEVELOPER", description = "The developer id, e.g. alice@example.com.")
  String developer;

  @Option(
      names = "--keys",
      required = true,
      paramLabel = "FILE",
      description = "The keys file (created if missing).")
  Path keys;

  @Option(
      names = "--team",
      paramLabel = "TEAM",
      description = "The developer's team, used when the policy does not list them.")
  String team;

  @Option(names = "--verbose", description = "Print a stack trace on errors.")
  boolean verbose;

  @Override
  public Integer call() throws IOException {
    KeysFile.NewKey added = KeysFile.load(keys).add(developer, team, new SecureRandom());
    added.file().save(keys);
    spec.commandLine().getOut().println(added.key());
    spec.commandLine()
        .getErr()
        .println(
            "ccgate: stored the key's SHA-256 for "
                + developer
                + " in "
                + keys
                + "; the key itself is not kept, so copy it now.");
    return ExitCode.OK;
  }
}
