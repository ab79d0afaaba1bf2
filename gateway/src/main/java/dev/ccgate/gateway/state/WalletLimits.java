package dev.ccgate.gateway.state;

import dev.ccgate.kernel.WalletId;
import dev.ccgate.policy.Budget;
import dev.ccgate.policy.DeveloperOverride;
import dev.ccgate.policy.Period;
import dev.ccgate.policy.Policy;
import dev.ccgate.policy.Team;
import java.util.ArrayList;
import java.util.List;

/**
 * The policy's limits seen from a wallet id, the same budgets the kernel's index reads (its plans
 * are internal to the kernel): org, team, team-and-family, and developer wallets.
 */
final class WalletLimits {
  private WalletLimits() {}

  /** The limit of {@code id} under {@code policy}, micro-dollars; 0 when it has none. */
  static long limitMicros(Policy policy, WalletId id) {
    Period period = id.period();
    return switch (id.scope()) {
      case ORG -> policy.org() == null ? 0 : policy.org().budget().limitMicros(period);
      case TEAM -> teamLimit(policy, id);
      case DEVELOPER -> {
        DeveloperOverride o = policy.developers().overrides().get(id.owner());
        Budget b =
            o != null && o.budget() != null ? o.budget() : policy.developers().defaultBudget();
        yield b.limitMicros(period);
      }
    };
  }

  private static long teamLimit(Policy policy, WalletId id) {
    for (Team team : policy.teams()) {
      if (team.id().equals(id.owner())) {
        Budget b = id.isSubWallet() ? team.modelBudgets().get(id.family()) : team.budget();
        return b == null ? 0 : b.limitMicros(id.period());
      }
    }
    return 0;
  }

  /** Every org, team and team-and-family wallet the policy budgets (developer ones are many). */
  static List<WalletId> budgeted(Policy policy) {
    List<WalletId> out = new ArrayList<>();
    for (Period p : Period.values()) {
      if (policy.org() != null && policy.org().budget().limitMicros(p) > 0) {
        out.add(WalletId.org(p));
      }
      for (Team team : policy.teams()) {
        if (team.budget().limitMicros(p) > 0) {
          out.add(WalletId.team(team.id(), p));
        }
        team.modelBudgets()
            .forEach(
                (family, b) -> {
                  if (b.limitMicros(p) > 0) {
                    out.add(WalletId.teamFamily(team.id(), family, p));
                  }
                });
      }
    }
    return out;
  }
}
