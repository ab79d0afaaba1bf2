package dev.ccgate.gateway;

import dev.ccgate.policy.Policy;
import dev.ccgate.policy.load.PolicyLoader;
import java.util.Map;

/** Policies for gateway tests, written as a platform lead would (YAML through the loader). */
public final class TestPolicies {
  private TestPolicies() {}

  /**
   * Team {@code platform} (alice, bob) with {@code $dailyBudget} a day: 80% alert, 95% downgrade
   * one rung, 110% pause; unknown developers join {@code unassigned} (no budget) or are rejected.
   */
  public static Policy starter(String dailyBudget, boolean rejectUnknown) {
    return starter(dailyBudget, rejectUnknown, "{type: log}");
  }

  /**
   * {@link #starter(String, boolean)} with the platform manager's alert channel {@code channel}
   * (YAML flow map, e.g. {@code {type: slack, webhook_env: SLACK_PLATFORM}}).
   */
  public static Policy starter(String dailyBudget, boolean rejectUnknown, String channel) {
    return new PolicyLoader(Map.of())
        .parse(starterYaml(dailyBudget, rejectUnknown, channel), "test-policy.yaml", null)
        .orThrow();
  }

  /** The YAML text of {@link #starter(String, boolean, String)}. */
  public static String starterYaml(String dailyBudget, boolean rejectUnknown, String channel) {
    return """
        version: 1
        timezone: America/New_York
        cascade: [opus, sonnet, haiku]
        models: {opus: claude-opus-4-5, sonnet: claude-sonnet-4-5, haiku: claude-haiku-4-5}
        stages:
          - {at: 80%, action: alert}
          - {at: 95%, action: downgrade, steps: 1}
          - {at: 110%, action: pause}
        teams:
          platform:
            manager: {name: Dana Lee, alert: platform-em}
            budget: {daily: BUDGET, monthly: 2000}
            developers: [alice@example.com, bob@example.com]
        developers:
          unknown: UNKNOWN
          default_team: unassigned
        alerts:
          channels:
            platform-em: CHANNEL
            finance: {type: log}
          fallback: finance
        pause:
          message: "Budget paused: {scope} '{name}' is at {percent} of {limit} for {period}. Resets {reset_local}."
        """
        .replace("BUDGET", dailyBudget)
        .replace("CHANNEL", channel)
        .replace("UNKNOWN", rejectUnknown ? "reject" : "default-team");
  }

  /** {@link #starter(String, boolean)} with $100 a day, unknown developers admitted. */
  public static Policy starter() {
    return starter("100", false);
  }
}
