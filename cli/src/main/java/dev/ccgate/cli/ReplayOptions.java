package dev.ccgate.cli;

import dev.ccgate.policy.load.LoadResult;
import dev.ccgate.policy.load.PendingPolicy;
import dev.ccgate.policy.load.PolicyLoader;
import dev.ccgate.simulator.replay.CacheModel;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * How a replay prices moved turns, and the policy-warnings line: shared by simulate, diff and
 * sweep.
 */
final class ReplayOptions {
  @Option(
      names = "--cache-model",
      paramLabel = "MODEL",
      defaultValue = "session",
      description = "session|none: how a moved turn's cache reads are charged (default: session).")
  String cacheModel;

  CacheModel cacheModel(CommandSpec spec) {
    return OptionValues.parse(spec, () -> CacheModel.of(cacheModel));
  }

  /**
   * Starts reading {@code policy} on another thread while the traces are found; its errors are
   * printed as ccgate validate prints them, exit 1, before any database is written, and its
   * warnings are counted on {@code err}.
   */
  static PendingPolicy read(Path policy, PrintWriter err) throws IOException {
    return PendingPolicy.read(
        new PolicyLoader(System.getenv()), policy, loaded -> warnings(policy, loaded, err));
  }

  /**
   * Says on {@code err} that {@code policy} has warnings, without listing them: most (an unset
   * webhook variable) matter to the gateway, not to a replay.
   */
  private static void warnings(Path policy, LoadResult loaded, PrintWriter err) {
    if (loaded.warnings().isEmpty()) {
      return;
    }
    int n = loaded.warnings().size();
    err.println(
        "ccgate: the policy has "
            + n
            + (n == 1 ? " warning" : " warnings")
            + " (ccgate validate "
            + policy
            + " lists "
            + (n == 1 ? "it" : "them")
            + ")");
  }
}
