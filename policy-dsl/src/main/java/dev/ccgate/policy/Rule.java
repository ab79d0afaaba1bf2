package dev.ccgate.policy;

import java.util.Objects;

/**
 * A route-by-budget rule: when {@code when} holds, send the request to the family {@code routeTo}
 * (never up the cascade).
 */
public record Rule(String name, Condition when, String whenSource, String routeTo) {
  /** Validates the rule. */
  public Rule {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(when, "when");
    Objects.requireNonNull(routeTo, "routeTo");
  }
}
