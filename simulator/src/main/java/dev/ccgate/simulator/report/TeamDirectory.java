package dev.ccgate.simulator.report;

import dev.ccgate.policy.Policy;
import dev.ccgate.policy.Team;
import java.util.HashMap;
import java.util.Map;

/**
 * Who a trace's identity is and which team they are in. With a policy: aliases map to the developer
 * they name, listed developers are in their policy team, others in the export's own team attribute,
 * else the policy's default team (as the kernel places them). Without one: the identity as written,
 * in the export's team, else {@code unassigned}.
 */
public final class TeamDirectory {
  /** The team of a developer nobody placed. */
  public static final String UNASSIGNED = "unassigned";

  private final Map<String, String> canonical = new HashMap<>();
  private final Map<String, String> teamOf = new HashMap<>();
  private final String defaultTeam;

  private TeamDirectory(String defaultTeam) {
    this.defaultTeam = defaultTeam;
  }

  /** No policy: identities as written. */
  public static TeamDirectory none() {
    return new TeamDirectory(UNASSIGNED);
  }

  /** The teams, developers and aliases of {@code policy}. */
  public static TeamDirectory of(Policy policy) {
    TeamDirectory d = new TeamDirectory(policy.developers().defaultTeam());
    for (Team team : policy.teams()) {
      for (String developer : team.developers()) {
        d.teamOf.putIfAbsent(developer, team.id());
        d.canonical.put(developer, developer);
      }
    }
    policy
        .developers()
        .overrides()
        .forEach(
            (developer, override) -> {
              d.canonical.put(developer, developer);
              for (String alias : override.aliases()) {
                d.canonical.putIfAbsent(alias, developer);
              }
            });
    return d;
  }

  /** The developer {@code id} (an e-mail or an alias) names. */
  public String developer(String id) {
    return canonical.getOrDefault(id, id);
  }

  /** The team of {@code developer} (already canonical), given the export's {@code teamHint}. */
  public String team(String developer, String teamHint) {
    String team = teamOf.get(developer);
    if (team != null) {
      return team;
    }
    return teamHint == null || teamHint.isEmpty() ? defaultTeam : teamHint;
  }
}
