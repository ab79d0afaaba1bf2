package dev.ccgate.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ccgate.policy.Period;
import dev.ccgate.policy.load.PolicyLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The limits the kernel reports for status pages and metrics, for every kind of wallet. */
class KernelLimitsTest {
  private static final Kernel KERNEL =
      new Kernel(
          new PolicyLoader(Map.of())
              .parse(
                  """
                  version: 1
                  org:
                    budget: {monthly: 15000}
                  teams:
                    platform:
                      budget: {daily: 400, monthly: 6000}
                      model_budgets:
                        opus: {daily: 250}
                      developers: [alice@example.com]
                    data:
                      developers: [carol@example.com]
                  developers:
                    default_budget: {daily: 60}
                    overrides:
                      alice@example.com: {budget: {weekly: 900}}
                  """,
                  "limits.yaml",
                  Path.of("."))
              .orThrow());

  private static long usd(long dollars) {
    return dollars * 1_000_000;
  }

  @Test
  void eachWalletHasThePolicysLimitAndZeroWhereThePolicySetsNone() {
    assertEquals(usd(15000), KERNEL.limitMicros(WalletId.org(Period.MONTHLY)));
    assertEquals(0, KERNEL.limitMicros(WalletId.org(Period.DAILY)));
    assertEquals(usd(400), KERNEL.limitMicros(WalletId.team("platform", Period.DAILY)));
    assertEquals(usd(6000), KERNEL.limitMicros(WalletId.team("platform", Period.MONTHLY)));
    assertEquals(0, KERNEL.limitMicros(WalletId.team("platform", Period.WEEKLY)));
    assertEquals(
        usd(250), KERNEL.limitMicros(WalletId.teamFamily("platform", "opus", Period.DAILY)));
    assertEquals(0, KERNEL.limitMicros(WalletId.teamFamily("platform", "haiku", Period.DAILY)));
    assertEquals(0, KERNEL.limitMicros(WalletId.team("data", Period.DAILY)));
    assertEquals(0, KERNEL.limitMicros(WalletId.team("no-such-team", Period.DAILY)));
    // A developer's override replaces the default budget; everyone else has the default.
    assertEquals(
        usd(900), KERNEL.limitMicros(WalletId.developer("alice@example.com", Period.WEEKLY)));
    assertEquals(0, KERNEL.limitMicros(WalletId.developer("alice@example.com", Period.DAILY)));
    assertEquals(
        usd(60), KERNEL.limitMicros(WalletId.developer("carol@example.com", Period.DAILY)));
    assertEquals(
        usd(60), KERNEL.limitMicros(WalletId.developer("stranger@example.com", Period.DAILY)));
  }

  @Test
  void theBudgetedWalletsAreTheOrgTeamAndFamilyOnesWithALimit() {
    assertEquals(
        List.of(
            WalletId.org(Period.MONTHLY),
            WalletId.team("platform", Period.DAILY),
            WalletId.team("platform", Period.MONTHLY),
            WalletId.teamFamily("platform", "opus", Period.DAILY)),
        KERNEL.budgetedWallets().stream().sorted().toList());
  }
}
