package dev.ccgate.simulator.sweep;

import dev.ccgate.policy.Budget;
import dev.ccgate.policy.DeveloperSettings;
import dev.ccgate.policy.Org;
import dev.ccgate.policy.Period;
import dev.ccgate.policy.Policy;
import dev.ccgate.policy.Team;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The budget a sweep varies, named as its wallets are: {@code team:<id>:<period>}, {@code
 * org:<period>}, or {@code developers:<period>} (the default personal budget, which every developer
 * without a budget of their own gets).
 *
 * @param team the team for {@link Kind#TEAM}, else null
 */
public record SweptBudget(Kind kind, String team, Period period) {
  /** Whose budget. */
  public enum Kind {
    TEAM,
    ORG,
    DEVELOPERS
  }

  /** Parses {@code team:data:daily}, {@code org:monthly} or {@code developers:daily}. */
  public static SweptBudget parse(String text) {
    String[] parts = text.trim().split(":", -1);
    String hint = " (use team:<team>:<period>, org:<period> or developers:<period>)";
    if (parts.length == 3 && parts[0].equals("team") && !parts[1].isEmpty()) {
      return new SweptBudget(Kind.TEAM, parts[1], period(parts[2], text, hint));
    }
    if (parts.length == 2 && parts[0].equals("org")) {
      return new SweptBudget(Kind.ORG, null, period(parts[1], text, hint));
    }
    if (parts.length == 2 && parts[0].equals("developers")) {
      return new SweptBudget(Kind.DEVELOPERS, null, period(parts[1], text, hint));
    }
    throw new IllegalArgumentException("unknown budget '" + text + "'" + hint);
  }

  private static Period period(String name, String text, String hint) {
    for (Period p : Period.values()) {
      if (p.key().equals(name.toLowerCase(Locale.ROOT))) {
        return p;
      }
    }
    throw new IllegalArgumentException(
        "unknown period '" + name + "' in '" + text + "': daily, weekly or monthly" + hint);
  }

  /** {@code team:data:daily}. */
  public String id() {
    return switch (kind) {
      case TEAM -> "team:" + team + ":" + period.key();
      case ORG -> "org:" + period.key();
      case DEVELOPERS -> "developers:" + period.key();
    };
  }

  /** The limit {@code policy} sets, micro-dollars (0: none); throws for a team it lacks. */
  public long limitIn(Policy policy) {
    return budget(policy).limitMicros(period);
  }

  private Budget budget(Policy policy) {
    return switch (kind) {
      case TEAM -> team(policy).budget();
      case ORG -> policy.org().budget();
      case DEVELOPERS -> policy.developers().defaultBudget();
    };
  }

  private Team team(Policy policy) {
    for (Team t : policy.teams()) {
      if (t.id().equals(team)) {
        return t;
      }
    }
    throw new IllegalArgumentException(
        "the policy has no team '"
            + team
            + "' (teams: "
            + String.join(", ", policy.teams().stream().map(Team::id).toList())
            + ")");
  }

  /** {@code policy} with this budget's limit set to {@code micros}, everything else the same. */
  public Policy apply(Policy policy, long micros) {
    if (micros <= 0) {
      throw new IllegalArgumentException("a swept limit must be more than $0");
    }
    Budget changed = budget(policy).withLimit(period, micros);
    Org org = policy.org();
    List<Team> teams = policy.teams();
    DeveloperSettings developers = policy.developers();
    switch (kind) {
      case TEAM -> {
        Team t = team(policy);
        List<Team> copy = new ArrayList<>(teams);
        copy.set(
            teams.indexOf(t),
            new Team(t.id(), t.manager(), changed, t.modelBudgets(), t.developers(), t.stages()));
        teams = copy;
      }
      case ORG -> org = new Org(changed, org.stages());
      case DEVELOPERS ->
          developers =
              new DeveloperSettings(
                  changed, developers.overrides(), developers.unknown(), developers.defaultTeam());
    }
    return new Policy(
        policy.source(),
        policy.version(),
        policy.timezone(),
        policy.pricing(),
        policy.cascade(),
        policy.models(),
        policy.stages(),
        org,
        teams,
        developers,
        policy.rules(),
        policy.alerts(),
        policy.pause(),
        policy.pricingSpec());
  }
}
