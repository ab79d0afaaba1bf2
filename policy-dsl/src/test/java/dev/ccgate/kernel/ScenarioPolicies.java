package dev.ccgate.kernel;

import dev.ccgate.policy.Policy;
import dev.ccgate.policy.load.LoadResult;
import dev.ccgate.policy.load.PolicyLoader;
import dev.ccgate.policy.load.ProblemPrinter;
import java.util.Map;
import java.util.stream.Collectors;
import org.opentest4j.AssertionFailedError;

/** Loads a scenario's policy text with the real policy loader. */
final class ScenarioPolicies {
  /**
   * The alert channels' secrets as the scenarios name them, set so that loading is clean; their
   * values are never read by the kernel.
   */
  private static final Map<String, String> ENV =
      Map.of(
          "SLACK_PLATFORM_WEBHOOK", "https://hooks.slack.invalid/platform",
          "DATA_EM_WEBHOOK", "https://hooks.invalid/data-em");

  private static final PolicyLoader LOADER = new PolicyLoader(ENV);

  private ScenarioPolicies() {}

  /**
   * The policy in {@code yaml}; fails with every problem the loader found (errors and warnings,
   * with positions inside the scenario's {@code policy:} block) when it has an error.
   */
  static Policy load(String yaml, String name) {
    LoadResult result = LOADER.parse(yaml, name + " (policy)", null);
    if (!result.ok()) {
      throw new AssertionFailedError(
          "the policy of scenario "
              + name
              + " does not load:\n"
              + result.problems().stream()
                  .map(ProblemPrinter::format)
                  .collect(Collectors.joining()));
    }
    return result.policy();
  }
}
