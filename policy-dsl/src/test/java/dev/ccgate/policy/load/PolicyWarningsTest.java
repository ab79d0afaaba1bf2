package dev.ccgate.policy.load;

import static dev.ccgate.policy.load.Policies.parse;
import static dev.ccgate.policy.load.ProblemAssertions.problem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ccgate.policy.AlertChannel;
import dev.ccgate.policy.ChannelType;
import dev.ccgate.policy.Policy;
import dev.ccgate.policy.Stage;
import dev.ccgate.policy.load.Problem.Severity;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Suspicious but legal policies load, with a warning that says why. */
class PolicyWarningsTest {

  @Test
  void aPauseBelowFullBudgetIsAWarning() {
    LoadResult r = parse("version: 1\nstages:\n  - {at: 90%, action: pause}\n");
    Problem p = problem(r, "pause-below-100", 3, 5);
    assertEquals(Severity.WARNING, p.severity());
    assertEquals("a pause at 90% stops work before the budget is spent", p.message());
    assertTrue(r.ok());
  }

  @Test
  void stagesOutOfOrderAreSortedWithAWarning() {
    LoadResult r =
        parse(
            """
            version: 1
            stages:
              - {at: 110%, action: pause}
              - {at: 80%, action: alert}
            """);
    problem(r, "stages-unsorted", 4, 5);
    assertEquals(
        java.util.List.of(8_000, 11_000),
        r.policy().stages().stream().map(Stage::atBasisPoints).toList());
  }

  @Test
  void aDowngradeAtOrAfterAPauseNeverFires() {
    LoadResult r =
        parse(
            """
            version: 1
            stages:
              - {at: 100%, action: pause}
              - {at: 100%, action: downgrade, steps: 2}
            """);
    Problem p = problem(r, "unreachable-stage", 4, 5, "move it below the pause stage");
    assertEquals(
        "the downgrade at 100% never fires: the wallet is already paused at 100%", p.message());
  }

  @Test
  void aConditionalPauseLeavesLaterDowngradesReachable() {
    LoadResult r =
        parse(
            """
            version: 1
            stages:
              - {at: 100%, action: pause, when: "request.family == 'opus'"}
              - {at: 105%, action: downgrade}
              - {at: 120%, action: pause}
            """);
    ProblemAssertions.clean(r);
  }

  @Test
  void aMissingFallbackWarnsWhenSomeTeamHasNoChannel() {
    LoadResult r =
        parse(
            """
            version: 1
            teams:
              platform: {manager: {name: Dana, alert: em}}
              data: {manager: {name: Sam}}
              mobile: {}
            alerts:
              channels: {em: {type: log}}
            """);
    Problem p = problem(r, "no-fallback", 6, 1);
    assertEquals(
        "alerts.fallback is not set, so alerts for team data, team mobile have no channel and"
            + " reach no one",
        p.message());
  }

  @Test
  void anUnsetEnvironmentVariableIsOnlyAWarning() {
    LoadResult r =
        parse(
            """
            version: 1
            alerts:
              channels:
                ops: {type: webhook, url: "${OPS_HOOK}"}
                chat: {type: slack, webhook_env: CHAT_HOOK}
            """);
    assertEquals(2, r.warnings().size(), ProblemAssertions.render(r));
    assertEquals("4:31", r.warnings().get(0).position());
    assertEquals(
        "environment variable OPS_HOOK (for alerts.channels.ops) is not set here",
        r.warnings().get(0).message());
    assertEquals("5:38", r.warnings().get(1).position());
    Map<String, AlertChannel> channels = r.policy().alerts().channels();
    assertEquals(
        new AlertChannel("ops", ChannelType.WEBHOOK, "OPS_HOOK", null), channels.get("ops"));
    assertEquals("CHAT_HOOK", channels.get("chat").urlEnv());
  }

  @Test
  void aSecretWrittenIntoThePolicyIsAWarning() {
    LoadResult r =
        parse(
            """
            version: 1
            alerts:
              channels:
                chat: {type: slack, url: "https://hooks.slack.com/services/T/B/x"}
            """);
    problem(
        r,
        "secret-in-policy",
        4,
        30,
        "keep it in an environment variable: webhook_env: SLACK_PLATFORM_WEBHOOK");
  }

  @Test
  void aMisspeltPausePlaceholderIsAWarning() {
    LoadResult r = parse("version: 1\npause:\n  message: \"Paused until {reset}\"\n");
    problem(r, "unknown-placeholder", 3, 12, "did you mean '{reset_local}'?");
  }

  @Test
  void aCascadeThatGetsMoreExpensiveIsAWarning() {
    LoadResult r = parse("version: 1\ncascade: [haiku, opus]\n");
    Problem p = problem(r, "cascade-order", 2, 18);
    assertEquals(
        "'opus' costs more than 'haiku' above it, so a downgrade to it raises cost", p.message());
  }

  @Test
  void aModelThePriceTableDoesNotKnowIsAWarning() {
    LoadResult r = parse("version: 1\nmodels: {opus: claude-opus-9-9}\n");
    Problem p = problem(r, "unknown-model", 2, 16);
    assertEquals(Severity.WARNING, p.severity());
    Policy policy = r.orThrow();
    assertEquals("claude-opus-9-9", policy.models().get("opus"));
  }

  @Test
  void aBudgetWithNoPeriodIsAWarning() {
    problem(parse("version: 1\norg: {budget: {}}\n"), "empty-budget", 2, 15);
  }

  @Test
  void anEmptyStageListIsAWarning() {
    problem(parse("version: 1\nstages: []\n"), "no-stages", 2, 9);
  }
}
