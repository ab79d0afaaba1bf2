package dev.ccgate.policy;

import java.util.List;

/**
 * Per-developer settings that replace the defaults.
 *
 * @param budget null to keep {@code developers.default_budget}
 * @param aliases other ids that identify this developer in exports (Admin API {@code account_id},
 *     {@code api_key_id}, a LiteLLM key alias, a Bedrock role session name)
 */
public record DeveloperOverride(Budget budget, List<String> aliases) {
  /** Copies the alias list. */
  public DeveloperOverride {
    aliases = List.copyOf(aliases);
  }
}
