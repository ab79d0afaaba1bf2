package dev.ccgate.policy;

import java.util.List;
import java.util.Objects;

/**
 * The organisation-wide wallet.
 *
 * @param stages the org's own stages, or null to use the policy's default stages
 */
public record Org(Budget budget, List<Stage> stages) {
  /** Copies the stage list. */
  public Org {
    Objects.requireNonNull(budget, "budget");
    stages = stages == null ? null : List.copyOf(stages);
  }
}
