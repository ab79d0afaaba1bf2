package dev.ccgate.kernel;

import static dev.ccgate.kernel.Fixtures.HAIKU;
import static dev.ccgate.kernel.Fixtures.OPUS;
import static dev.ccgate.kernel.Fixtures.STARTER_STAGES;
import static dev.ccgate.kernel.Fixtures.daily;
import static dev.ccgate.kernel.Fixtures.opusDollars;
import static dev.ccgate.kernel.Fixtures.request;
import static dev.ccgate.kernel.Fixtures.teamPolicy;
import static dev.ccgate.kernel.Fixtures.usd;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ccgate.policy.Budget;
import dev.ccgate.policy.Manager;
import dev.ccgate.policy.Period;
import dev.ccgate.policy.Policy;
import dev.ccgate.policy.Rule;
import dev.ccgate.policy.StageAction;
import dev.ccgate.policy.Team;
import dev.ccgate.policy.UnknownDeveloper;
import dev.ccgate.pricing.Usage;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KernelTest {
  // 2026-11-24 10:00 in New York (EST, UTC-5).
  private static final Instant MORNING = Instant.parse("2026-11-24T15:00:00Z");

  private final Kernel kernel = new Kernel(teamPolicy(daily(100), STARTER_STAGES, List.of()));
  private final Ledger ledger = new Ledger();

  private Settlement spend(long dollars, Instant at) {
    Decision d = kernel.decide(ledger, request("alice@example.com", OPUS, at));
    return kernel.settle(ledger, d, opusDollars(dollars), at);
  }

  @Test
  void allowsAndChargesTheTeamWalletBelowEveryStage() {
    Decision d = kernel.decide(ledger, request("alice@example.com", OPUS, MORNING));
    assertEquals(Action.ALLOW, d.action());
    assertEquals(OPUS, d.routedModel());
    Settlement s = kernel.settle(ledger, d, opusDollars(10), MORNING);
    assertEquals(usd(10), s.costMicros());
    assertEquals(usd(10), ledger.spentAt(WalletId.team("platform", Period.DAILY), MORNING));
    assertTrue(s.crossings().isEmpty());
  }

  @Test
  void decidingWithTheLookedUpPathDecidesAsTheLookupDoes() {
    spend(96, MORNING); // past the downgrade stage, so the decisions have something to differ on
    Kernel fresh = new Kernel(kernel.policy());
    for (String developer :
        List.of("alice@example.com", "Bob@Example.com", "stranger@example.com")) {
      Request r = request(developer, OPUS, MORNING.plusSeconds(5));
      Decision looked = kernel.decide(ledger, r);
      Decision given = fresh.decide(ledger, r, fresh.path(r.developer(), r.teamHint()));
      assertEquals(looked.action(), given.action(), developer);
      assertEquals(looked.routedModel(), given.routedModel(), developer);
      assertEquals(looked.reasons(), given.reasons(), developer);
      assertEquals(looked.path() == null, given.path() == null, developer);
    }
    assertEquals(
        Action.DOWNGRADE,
        kernel.decide(ledger, request("bob@example.com", OPUS, MORNING)).action());
  }

  @Test
  void aPathNamesTheLimitOfEachOfItsWallets() {
    WalletPath path = kernel.decide(ledger, request("alice@example.com", OPUS, MORNING)).path();
    assertEquals(usd(100), path.limitMicros(WalletId.team("platform", Period.DAILY)));
    assertEquals(0, path.limitMicros(WalletId.team("platform", Period.MONTHLY)));
  }

  @Test
  void firesTheAlertStageOnceWhenSpendCrossesEightyPercent() {
    spend(70, MORNING);
    Settlement crossing = spend(15, MORNING.plusSeconds(60));
    assertEquals(1, crossing.crossings().size());
    StageCrossed c = crossing.crossings().get(0);
    assertEquals(StageAction.ALERT, c.action());
    assertEquals("team:platform:daily", c.wallet().key());
    assertEquals(8500, c.percentBasisPoints());
    assertEquals("platform-em", c.channel());
    assertTrue(spend(1, MORNING.plusSeconds(120)).crossings().isEmpty());
  }

  @Test
  void downgradesOneRungAtNinetyFivePercent() {
    spend(96, MORNING);
    Decision d = kernel.decide(ledger, request("bob@example.com", OPUS, MORNING.plusSeconds(5)));
    assertEquals(Action.DOWNGRADE, d.action());
    assertEquals("sonnet", d.routedFamily());
    assertEquals("claude-sonnet-4-5", d.routedModel());
    assertEquals(9600, d.reasons().get(0).percentBasisPoints());
  }

  @Test
  void pausesWhenTeamWalletPassesItsPauseStage() {
    spend(111, MORNING);
    Decision d = kernel.decide(ledger, request("bob@example.com", OPUS, MORNING.plusSeconds(5)));
    assertEquals(Action.PAUSE, d.action());
    assertEquals("team:platform:daily", d.pause().wallet().key());
    // Resets at local midnight in New York: 2026-11-25T05:00Z.
    assertEquals(Instant.parse("2026-11-25T05:00:00Z"), d.pause().resetAt());
    Settlement s = kernel.settle(ledger, d, opusDollars(5), MORNING.plusSeconds(5));
    assertEquals(0, s.costMicros());
    assertEquals(usd(5), s.originalCostMicros());
    assertEquals(usd(111), ledger.spentAt(WalletId.team("platform", Period.DAILY), MORNING));
  }

  @Test
  void reArmsStagesAndResetsSpendAtLocalMidnight() {
    spend(111, MORNING);
    Instant nextDay = Instant.parse("2026-11-25T05:00:00Z");
    Decision d = kernel.decide(ledger, request("alice@example.com", OPUS, nextDay));
    assertEquals(Action.ALLOW, d.action());
    Settlement s = kernel.settle(ledger, d, opusDollars(90), nextDay);
    assertEquals(
        List.of(StageAction.ALERT), s.crossings().stream().map(StageCrossed::action).toList());
  }

  @Test
  void neverMovesAHaikuRequestUp() {
    spend(96, MORNING);
    Decision d = kernel.decide(ledger, request("alice@example.com", HAIKU, MORNING.plusSeconds(1)));
    assertEquals(Action.ALLOW, d.action());
    assertEquals(HAIKU, d.routedModel());
    assertFalse(d.reasons().isEmpty(), "the active downgrade stage is still a recorded reason");
  }

  @Test
  void ruleAndDowngradeCombineByTakingTheCheaperFamily() {
    Rule toHaiku = new Rule("all-to-haiku", in -> true, "true", "haiku");
    Kernel k = new Kernel(teamPolicy(daily(100), STARTER_STAGES, List.of(toHaiku)));
    Decision d = k.decide(ledger, request("alice@example.com", OPUS, MORNING));
    assertEquals(Action.ROUTE, d.action());
    assertEquals("haiku", d.routedFamily());
  }

  @Test
  void fullOpusSubWalletCascadesToSonnetUntilMidnight() {
    Team team =
        new Team(
            "platform",
            new Manager("Dana Lee", "platform-em"),
            daily(1000),
            Map.of("opus", daily(50)),
            List.of("alice@example.com"),
            null);
    Policy p =
        Fixtures.policy(
            STARTER_STAGES, Budget.NONE, List.of(team), List.of(), UnknownDeveloper.DEFAULT_TEAM);
    Kernel k = new Kernel(p);
    Decision first = k.decide(ledger, request("alice@example.com", OPUS, MORNING));
    Settlement s = k.settle(ledger, first, opusDollars(50), MORNING);
    assertTrue(
        s.crossings().stream().anyMatch(c -> c.wallet().key().equals("team:platform:opus:daily")));
    Decision second = k.decide(ledger, request("alice@example.com", OPUS, MORNING.plusSeconds(9)));
    assertEquals(Action.DOWNGRADE, second.action());
    assertEquals("sonnet", second.routedFamily());
    assertEquals(ReasonKind.SUB_WALLET_FULL, second.reasons().get(0).kind());
    Decision tomorrow =
        k.decide(ledger, request("alice@example.com", OPUS, Instant.parse("2026-11-25T06:00:00Z")));
    assertEquals(Action.ALLOW, tomorrow.action());
  }

  @Test
  void rejectsUnknownDevelopersWhenThePolicySaysSo() {
    Kernel k =
        new Kernel(
            Fixtures.policy(
                STARTER_STAGES, Budget.NONE, List.of(), List.of(), UnknownDeveloper.REJECT));
    Decision d = k.decide(ledger, request("mallory@evil.example", OPUS, MORNING));
    assertEquals(Action.REJECT, d.action());
    assertNull(d.team());
    assertEquals(0, k.settle(ledger, d, opusDollars(1), MORNING).costMicros());
  }

  @Test
  void unknownDevelopersJoinTheDefaultTeamWithTheDefaultBudget() {
    Kernel k =
        new Kernel(
            Fixtures.policy(
                STARTER_STAGES, daily(10), List.of(), List.of(), UnknownDeveloper.DEFAULT_TEAM));
    Decision d = k.decide(ledger, request("newhire@example.com", OPUS, MORNING));
    assertEquals("unassigned", d.team());
    k.settle(ledger, d, opusDollars(12), MORNING);
    Decision next = k.decide(ledger, request("newhire@example.com", OPUS, MORNING.plusSeconds(1)));
    assertEquals(Action.PAUSE, next.action());
    assertEquals("developer:newhire@example.com:daily", next.pause().wallet().key());
  }

  @Test
  void unknownModelIsPricedByItsFamilysNewestModelAndFlagged() {
    Decision d = kernel.decide(ledger, request("alice@example.com", "claude-opus-9-9", MORNING));
    assertFalse(d.knownModel());
    Settlement s = kernel.settle(ledger, d, Usage.of(0, 1_000_000, 0, 0, 0), MORNING);
    assertTrue(s.costMicros() > 0, "an unknown model is never free");
  }

  @Test
  void aDstDayLastsTwentyFiveHours() {
    // 2026-11-01 is the end of DST in New York: local midnight to midnight is 25 hours.
    PeriodCalendar calendar = new PeriodCalendar(Fixtures.NEW_YORK);
    Instant noon = Instant.parse("2026-11-01T17:00:00Z");
    Instant start = calendar.start(Period.DAILY, noon);
    Instant end = calendar.end(Period.DAILY, noon);
    assertEquals(Instant.parse("2026-11-01T04:00:00Z"), start);
    assertEquals(25 * 3600, end.getEpochSecond() - start.getEpochSecond());
  }

  @Test
  void oneLedgerKeepsEachWalletsSpendAcrossKernelsThatNumberTheirWalletsDifferently() {
    // A reload gives a new kernel whose wallet plans carry other slot numbers; the ledger keeps
    // states at hand by slot, and must never hand one kernel's slot to the other's wallet.
    String teams =
        """
          platform:
            budget: {daily: 100}
            developers: [alice@example.com]
        """;
    String otherTeam =
        """
          data:
            budget: {daily: 50}
            developers: [bob@example.com]
        """;
    String head =
        """
        version: 1
        cascade: [opus, sonnet, haiku]
        stages: [{at: 95%, action: downgrade, steps: 1}]
        teams:
        """;
    Kernel a = new Kernel(parse(head + teams + otherTeam));
    Kernel b = new Kernel(parse(head + otherTeam + teams)); // the same wallets, numbered apart
    Ledger shared = new Ledger();
    charge(a, shared, "alice@example.com", 30);
    charge(b, shared, "bob@example.com", 20);
    charge(a, shared, "alice@example.com", 10);
    charge(b, shared, "alice@example.com", 5);
    assertEquals(usd(45), shared.spentAt(WalletId.team("platform", Period.DAILY), MORNING));
    assertEquals(usd(20), shared.spentAt(WalletId.team("data", Period.DAILY), MORNING));
    // And each kernel reads the other's spend: bob's team at 20 of 50, then 48 of 50 (96 %).
    assertEquals(
        Action.ALLOW, a.decide(shared, request("bob@example.com", OPUS, MORNING)).action());
    charge(b, shared, "bob@example.com", 28);
    assertEquals(
        Action.DOWNGRADE, a.decide(shared, request("bob@example.com", OPUS, MORNING)).action());
  }

  /** Decides and settles one Opus request of {@code developer} costing {@code dollars}. */
  private static void charge(Kernel kernel, Ledger ledger, String developer, long dollars) {
    kernel.settle(
        ledger,
        kernel.decide(ledger, request(developer, OPUS, MORNING)),
        opusDollars(dollars),
        MORNING);
  }

  private static Policy parse(String yaml) {
    return new dev.ccgate.policy.load.PolicyLoader(Map.of())
        .parse(yaml, "slots.yaml", java.nio.file.Path.of("."))
        .orThrow();
  }
}
