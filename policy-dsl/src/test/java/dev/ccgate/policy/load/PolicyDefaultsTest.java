package dev.ccgate.policy.load;

import static dev.ccgate.policy.load.Policies.parse;
import static dev.ccgate.policy.load.ProblemAssertions.clean;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ccgate.policy.Alerts;
import dev.ccgate.policy.Budget;
import dev.ccgate.policy.PauseSettings;
import dev.ccgate.policy.Policy;
import dev.ccgate.policy.PricingSpec;
import dev.ccgate.policy.Stage;
import dev.ccgate.policy.StageAction;
import dev.ccgate.policy.Team;
import dev.ccgate.policy.UnknownDeveloper;
import dev.ccgate.pricing.PriceTables;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What a policy that says only {@code version: 1} means. */
class PolicyDefaultsTest {
  private final LoadResult minimal = parse("version: 1\n");

  @Test
  void aMinimalPolicyLoadsClean() {
    clean(minimal);
  }

  @Test
  void everyDefaultIsFilledIn() {
    Policy p = minimal.policy();
    assertEquals(1, p.version());
    assertEquals(ZoneId.of("UTC"), p.timezone());
    assertSame(PriceTables.builtin(), p.pricing());
    assertEquals(PricingSpec.BUILTIN, p.pricingSpec());
    assertEquals(List.of("opus", "sonnet", "haiku"), p.cascade());
    assertEquals(Map.of(), p.models());
    assertEquals(
        List.of(
            Stage.of(8_000, StageAction.ALERT, 0),
            Stage.of(9_500, StageAction.DOWNGRADE, 1),
            Stage.of(11_000, StageAction.PAUSE, 0)),
        p.stages());
    assertEquals(Budget.NONE, p.org().budget());
    assertNull(p.org().stages());
    assertEquals(List.of(), p.teams());
    assertEquals(Budget.NONE, p.developers().defaultBudget());
    assertEquals(Map.of(), p.developers().overrides());
    assertEquals(UnknownDeveloper.DEFAULT_TEAM, p.developers().unknown());
    assertEquals("unassigned", p.developers().defaultTeam());
    assertEquals(List.of(), p.rules());
    assertEquals(Alerts.NONE, p.alerts());
    assertEquals(PauseSettings.DEFAULT_MESSAGE, p.pause().message());
  }

  @Test
  void theDefaultTeamIsImplicitWhenNotDeclared() {
    Team unassigned = minimal.policy().team("unassigned").orElseThrow();
    assertEquals(Budget.NONE, unassigned.budget());
    assertNull(unassigned.manager());
    assertNull(unassigned.stages());
    assertTrue(minimal.policy().team("nobody").isEmpty());
  }

  @Test
  void aDowngradeStageWithoutStepsMovesOneRung() {
    Policy p = parse("version: 1\nstages:\n  - {at: 90%, action: downgrade}\n").orThrow();
    assertEquals(1, p.stages().get(0).steps());
  }

  @Test
  void emptySectionsMeanTheirDefaults() {
    LoadResult r = parse("version: 1\nteams:\nrules:\nalerts:\npause:\nstages:\n");
    clean(r);
    assertEquals(StagesReader.DEFAULT, r.policy().stages());
  }

  @Test
  void teamsAndOrgMayReplaceTheStages() {
    Policy p =
        parse(
                """
                version: 1
                org: {stages: [{at: 100%, action: pause}]}
                teams:
                  platform:
                    stages: [{at: 50%, action: alert}, {at: 120%, action: pause}]
                  data: {}
                """)
            .orThrow();
    assertEquals(List.of(Stage.of(10_000, StageAction.PAUSE, 0)), p.org().stages());
    assertEquals(2, p.teams().get(0).stages().size());
    assertNull(p.teams().get(1).stages());
  }

  @Test
  void weeklyBudgetsAndAliasesAreRead() {
    Policy p =
        parse(
                """
                version: 1
                developers:
                  overrides:
                    alice@example.com:
                      budget: {weekly: 400}
                      aliases: [user_01ABC, apikey_01XYZ]
                """)
            .orThrow();
    var alice = p.developers().overrides().get("alice@example.com");
    assertEquals(new Budget(0, 400_000_000, 0), alice.budget());
    assertEquals(List.of("user_01ABC", "apikey_01XYZ"), alice.aliases());
  }

  @Test
  void anchorsAndMergeKeysAreResolved() {
    Policy p =
        parse(
                """
                version: 1
                teams:
                  platform: &team
                    budget: {daily: 100}
                    developers: [alice@example.com]
                  data:
                    <<: *team
                    developers: [bob@example.com]
                """)
            .orThrow();
    assertEquals(p.teams().get(0).budget(), p.teams().get(1).budget());
    assertEquals(List.of("bob@example.com"), p.teams().get(1).developers());
  }

  @Test
  void environmentReferencesFillPlainValues() {
    PolicyLoader loader = new PolicyLoader(Map.of("POLICY_TZ", "Europe/Berlin"));
    Policy p = loader.parse("version: 1\ntimezone: ${POLICY_TZ}\n", "p.yaml", null).orThrow();
    assertEquals(ZoneId.of("Europe/Berlin"), p.timezone());
  }
}
