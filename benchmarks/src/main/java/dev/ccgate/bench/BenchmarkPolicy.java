package dev.ccgate.bench;

import dev.ccgate.policy.Policy;
import dev.ccgate.policy.load.LoadResult;
import dev.ccgate.policy.load.PolicyLoader;
import java.util.Locale;
import java.util.Map;

/**
 * The benchmark's policy: {@code sample-traces/policies/starter.yaml}'s stages and budgets scaled
 * to 200 developers in 5 teams, plus one CEL rule.
 */
final class BenchmarkPolicy {
  static final int DEVELOPERS = 200;
  static final int TEAMS = 5;

  private BenchmarkPolicy() {}

  static String developer(int i) {
    return String.format(Locale.ROOT, "dev%03d@example.com", i);
  }

  static String yaml() {
    StringBuilder y = new StringBuilder();
    y.append("version: 1\n")
        .append("timezone: America/New_York\n")
        .append("stages:\n")
        .append("  - {at: 80%, action: alert}\n")
        .append(
            "  - {at: 95%, action: downgrade, steps: 1, when: \"request.input_tokens < 10000\"}\n")
        .append("  - {at: 100%, action: downgrade, steps: 2}\n")
        .append("  - {at: 110%, action: pause}\n")
        .append("org:\n  budget: {monthly: 60000}\n")
        .append("teams:\n");
    for (int t = 0; t < TEAMS; t++) {
      y.append("  team")
          .append(t)
          .append(":\n")
          .append("    manager: {name: Manager ")
          .append(t)
          .append(", alert: em}\n")
          .append("    budget: {daily: 600, monthly: 9000}\n")
          .append("    developers:\n");
      for (int d = t; d < DEVELOPERS; d += TEAMS) {
        y.append("      - ").append(developer(d)).append('\n');
      }
    }
    y.append("developers:\n  default_budget: {daily: 80}\n")
        .append("rules:\n")
        .append("  - name: easy-turns-to-haiku-when-team-low\n")
        .append("    when: \"team.remaining_usd < 200.0 && request.input_tokens < 10000\"\n")
        .append("    route_to: haiku\n")
        .append("alerts:\n  channels:\n    em: {type: log}\n  fallback: em\n");
    return y.toString();
  }

  static Policy load() {
    LoadResult result = new PolicyLoader(Map.of()).parse(yaml(), "benchmark-policy.yaml", null);
    if (!result.ok()) {
      throw new IllegalStateException("benchmark policy does not load: " + result.problems());
    }
    return result.policy();
  }
}
