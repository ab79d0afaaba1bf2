package dev.ccgate.policy;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A team (cost centre): its budget, per-family sub-wallets, members and manager.
 *
 * @param manager null when the team names none (alerts then go to the fallback channel)
 * @param modelBudgets family name to sub-wallet budget, in the order the policy lists them
 * @param stages this team's stages, or null to use the policy's default stages
 */
public record Team(
    String id,
    Manager manager,
    Budget budget,
    Map<String, Budget> modelBudgets,
    List<String> developers,
    List<Stage> stages) {

  /** Copies the collections so the record stays immutable. */
  public Team {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(budget, "budget");
    modelBudgets =
        java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(modelBudgets));
    developers = List.copyOf(developers);
    stages = stages == null ? null : List.copyOf(stages);
  }
}
