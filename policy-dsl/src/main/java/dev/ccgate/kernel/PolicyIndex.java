package dev.ccgate.kernel;

import dev.ccgate.policy.Budget;
import dev.ccgate.policy.DeveloperOverride;
import dev.ccgate.policy.Period;
import dev.ccgate.policy.Policy;
import dev.ccgate.policy.Stage;
import dev.ccgate.policy.StageAction;
import dev.ccgate.policy.Team;
import dev.ccgate.policy.UnknownDeveloper;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * The policy compiled into lookups the kernel uses per request: developer (or alias) to wallet
 * path, and each team's wallets. Built once per policy; immutable.
 */
final class PolicyIndex {
  /** The crossing a sub-wallet reports when it fills and the cascade takes over. */
  static final Stage SUB_WALLET_FULL = Stage.of(10_000, StageAction.DOWNGRADE, 1);

  private final Policy policy;
  // Numbers every wallet plan for the ledgers' slot arrays; atomic because paths of developers
  // the policy does not list are built on demand, from any thread.
  private final AtomicInteger slots = new AtomicInteger();
  private final Map<String, Team> teams = new HashMap<>();
  // Every listed form of a developer (as written, lower-cased, aliases) straight to the path: one
  // lookup per request, where a name-to-canonical map then a path map cost two (at 13,600
  // developers each is a cache miss or two).
  private final Map<String, WalletPath> pathByName = new HashMap<>();
  private final List<Stage> developerStages;
  private final List<WalletPlan> orgWallets;
  // One set of plans per team, shared by its developers' paths: a ledger then finds a team wallet
  // by identity rather than comparing keys, and 13,600 paths do not copy 40 teams' plans.
  private final Map<String, TeamWallets> teamWallets = new HashMap<>();

  // The org, team and team-and-family wallets: every wallet the policy budgets but a developer's.
  private final List<WalletId> sharedWallets = new ArrayList<>();

  /** A team's budgeted wallets and per-family sub-wallets, built once. */
  private record TeamWallets(List<WalletPlan> wallets, Map<String, List<WalletPlan>> subWallets) {}

  PolicyIndex(Policy policy) {
    this.policy = policy;
    Map<String, String> canonicalDeveloper = new HashMap<>();
    Map<String, String> teamOfDeveloper = new HashMap<>();
    for (Team team : policy.teams()) {
      teams.put(team.id(), team);
      for (String developer : team.developers()) {
        teamOfDeveloper.put(developer, team.id());
        canonicalDeveloper.put(developer.toLowerCase(java.util.Locale.ROOT), developer);
        canonicalDeveloper.put(developer, developer);
      }
    }
    policy
        .developers()
        .overrides()
        .forEach(
            (developer, override) -> {
              canonicalDeveloper.put(developer.toLowerCase(java.util.Locale.ROOT), developer);
              for (String alias : override.aliases()) {
                canonicalDeveloper.putIfAbsent(alias.toLowerCase(java.util.Locale.ROOT), developer);
              }
            });
    developerStages = sorted(policy.stages());
    orgWallets =
        plans(
            period -> WalletId.org(period),
            policy.org().budget(),
            sorted(stagesOr(policy.org().stages())),
            policy.alerts().fallback());
    orgWallets.forEach(w -> sharedWallets.add(w.id()));
    for (Team team : policy.teams()) {
      TeamWallets built = buildTeamWallets(team);
      teamWallets.put(team.id(), built);
      built.wallets().forEach(w -> sharedWallets.add(w.id()));
      built.subWallets().values().forEach(plans -> plans.forEach(w -> sharedWallets.add(w.id())));
    }
    Map<String, WalletPath> knownPaths = new HashMap<>();
    for (String developer : canonicalDeveloper.values()) {
      knownPaths.computeIfAbsent(
          developer, d -> buildPath(d, teamOfDeveloper.getOrDefault(d, defaultTeam())));
    }
    canonicalDeveloper.forEach(
        (name, canonical) -> pathByName.put(name, knownPaths.get(canonical)));
  }

  /**
   * The wallet path of {@code developer}, or null when the developer is unknown and the policy
   * rejects unknown developers. An unknown developer joins {@code teamHint} when the policy has
   * such a team (or names one the policy does not budget), else the default team.
   */
  WalletPath path(String developer, String teamHint) {
    WalletPath known = pathByName.get(developer);
    if (known == null) {
      // E-mail addresses are case-insensitive in practice: Alice@Example.com is alice@example.com.
      known = pathByName.get(developer.toLowerCase(java.util.Locale.ROOT));
    }
    if (known != null) {
      return known;
    }
    if (policy.developers().unknown() == UnknownDeveloper.REJECT) {
      return null;
    }
    String team = teamHint == null || teamHint.isEmpty() ? defaultTeam() : teamHint;
    return buildPath(developer, team);
  }

  /** Every org, team and team-and-family wallet the policy budgets, in no particular order. */
  List<WalletId> sharedWallets() {
    return List.copyOf(sharedWallets);
  }

  /** The policy's limit of {@code id}, micro-dollars; 0 when the policy does not budget it. */
  long limitMicros(WalletId id) {
    if (id.scope() == Scope.DEVELOPER) {
      return developerBudget(id.owner()).limitMicros(id.period());
    }
    for (WalletPlan plan : id.scope() == Scope.ORG ? orgWallets : teamPlans(id)) {
      if (plan.id().equals(id)) {
        return plan.limitMicros();
      }
    }
    return 0;
  }

  /** The plans of the team (or team-and-family) wallet {@code id}'s kind, if the team exists. */
  private List<WalletPlan> teamPlans(WalletId id) {
    TeamWallets team = teamWallets.get(id.owner());
    if (team == null) {
      return List.of();
    }
    return id.isSubWallet()
        ? team.subWallets().getOrDefault(id.family(), List.of())
        : team.wallets();
  }

  private String defaultTeam() {
    return policy.developers().defaultTeam();
  }

  private WalletPath buildPath(String developer, String teamId) {
    Team team = teams.get(teamId);
    List<WalletPlan> wallets = new ArrayList<>();
    wallets.addAll(
        plans(
            period -> WalletId.developer(developer, period),
            developerBudget(developer),
            developerStages,
            teamChannel(team)));
    TeamWallets shared = teamWallets.get(teamId);
    if (shared != null) {
      wallets.addAll(shared.wallets());
    }
    wallets.addAll(orgWallets);
    String manager = team == null || team.manager() == null ? null : team.manager().name();
    return new WalletPath(
        developer, teamId, manager, wallets, shared == null ? Map.of() : shared.subWallets());
  }

  private TeamWallets buildTeamWallets(Team team) {
    String teamId = team.id();
    String channel = teamChannel(team);
    List<Stage> teamStages = sorted(stagesOr(team.stages()));
    List<WalletPlan> wallets =
        plans(period -> WalletId.team(teamId, period), team.budget(), teamStages, channel);
    // Sub-wallets enforce through the cascade (SPEC 4, decide step 5): of the stages they keep
    // only alerts, so a full Opus sub-wallet never pauses the whole team, plus a 100 % marker
    // whose crossing tells the manager the cascade moved that family down.
    List<Stage> alertsOnly = new ArrayList<>();
    teamStages.stream().filter(s -> s.action() == StageAction.ALERT).forEach(alertsOnly::add);
    alertsOnly.add(SUB_WALLET_FULL);
    List<Stage> subStages = sorted(alertsOnly);
    Map<String, List<WalletPlan>> subWallets = new LinkedHashMap<>();
    team.modelBudgets()
        .forEach(
            (family, budget) ->
                subWallets.put(
                    family,
                    plans(
                        period -> WalletId.teamFamily(teamId, family, period),
                        budget,
                        subStages,
                        channel)));
    return new TeamWallets(List.copyOf(wallets), Map.copyOf(subWallets));
  }

  private Budget developerBudget(String developer) {
    DeveloperOverride override = policy.developers().overrides().get(developer);
    return override != null && override.budget() != null
        ? override.budget()
        : policy.developers().defaultBudget();
  }

  private String teamChannel(Team team) {
    if (team != null && team.manager() != null && team.manager().alertChannel() != null) {
      return team.manager().alertChannel();
    }
    return policy.alerts().fallback();
  }

  private List<Stage> stagesOr(List<Stage> own) {
    return own != null ? own : policy.stages();
  }

  private static List<Stage> sorted(List<Stage> stages) {
    return stages.stream().sorted(Comparator.comparingInt(Stage::atBasisPoints)).toList();
  }

  /** One plan per period {@code budget} limits; {@code stages} are sorted by threshold. */
  private List<WalletPlan> plans(
      Function<Period, WalletId> id, Budget budget, List<Stage> stages, String channel) {
    List<WalletPlan> plans = new ArrayList<>(3);
    for (Period period : Period.values()) {
      long limit = budget.limitMicros(period);
      if (limit > 0) {
        plans.add(
            new WalletPlan(id.apply(period), limit, stages, channel, slots.getAndIncrement()));
      }
    }
    return plans;
  }
}
