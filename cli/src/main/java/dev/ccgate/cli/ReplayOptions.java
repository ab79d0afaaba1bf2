package dev.ccgate.cli;

import dev.ccgate.policy.load.LoadResult;
import dev.ccgate.simulator.replay.CacheModel;
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
   * Says on {@code err} that {@code policy} has warnings, without listing them: most (an unset
   * webhook variable) matter to the gateway, not to a replay.
   */
  static void warnings(Path policy, LoadResult loaded, PrintWriter err) {
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
