package dev.ccgate.policy;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The {@code developers:} section.
 *
 * @param defaultBudget the personal wallet every developer gets ({@link Budget#NONE} for none)
 * @param overrides developer id to override, in policy order
 * @param defaultTeam the team of developers no team lists; it need not be declared (then it is an
 *     implicit team with no budget, see {@link Policy#team})
 */
public record DeveloperSettings(
    Budget defaultBudget,
    Map<String, DeveloperOverride> overrides,
    UnknownDeveloper unknown,
    String defaultTeam) {

  /** Copies the override map, keeping its order. */
  public DeveloperSettings {
    Objects.requireNonNull(defaultBudget, "defaultBudget");
    Objects.requireNonNull(unknown, "unknown");
    Objects.requireNonNull(defaultTeam, "defaultTeam");
    overrides = Collections.unmodifiableMap(new LinkedHashMap<>(overrides));
  }
}
