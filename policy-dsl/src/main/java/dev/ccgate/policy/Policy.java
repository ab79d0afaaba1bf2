package dev.ccgate.policy;

import dev.ccgate.pricing.PriceTable;
import java.time.ZoneId;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A loaded, validated policy. Everything is resolved: defaults are filled in, conditions are
 * compiled, and {@code pricing} is the price table the policy names with its overrides applied.
 *
 * @param source where the policy was read from (for messages), e.g. a file path
 * @param cascade model families from most to least expensive, e.g. {@code [opus, sonnet, haiku]}
 * @param models family to the concrete model id each rung means (may be partial)
 * @param stages the default stages of every wallet with a budget
 * @param teams the teams in policy order
 * @param rules route-by-budget rules in evaluation order
 * @param pricingSpec how the policy named its prices ({@code pricing:} and {@code
 *     pricing_overrides:}), which {@code pricing} resolves
 */
public record Policy(
    String source,
    int version,
    ZoneId timezone,
    PriceTable pricing,
    List<String> cascade,
    Map<String, String> models,
    List<Stage> stages,
    Org org,
    List<Team> teams,
    DeveloperSettings developers,
    List<Rule> rules,
    Alerts alerts,
    PauseSettings pause,
    PricingSpec pricingSpec) {

  /** Copies collections and checks required parts. */
  public Policy {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(timezone, "timezone");
    Objects.requireNonNull(pricing, "pricing");
    Objects.requireNonNull(org, "org");
    Objects.requireNonNull(developers, "developers");
    Objects.requireNonNull(alerts, "alerts");
    Objects.requireNonNull(pause, "pause");
    Objects.requireNonNull(pricingSpec, "pricingSpec");
    cascade = List.copyOf(cascade);
    models = Collections.unmodifiableMap(new LinkedHashMap<>(models));
    stages = List.copyOf(stages);
    teams = List.copyOf(teams);
    rules = List.copyOf(rules);
  }

  /**
   * The team {@code id}: a declared team, or, for a {@code developers.default_team} the policy does
   * not declare, the implicit team with no budget, manager or members that uses the default stages.
   * Empty for any other id.
   */
  public Optional<Team> team(String id) {
    for (Team team : teams) {
      if (team.id().equals(id)) {
        return Optional.of(team);
      }
    }
    if (id.equals(developers.defaultTeam())) {
      return Optional.of(new Team(id, null, Budget.NONE, Map.of(), List.of(), null));
    }
    return Optional.empty();
  }
}
