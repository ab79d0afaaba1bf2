package dev.ccgate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * {@code ccgate sweep}, run through {@link Main#run} as a user would, over the simulator's {@code
 * traces/simulate} fixture (its numbers are worked out in the simulator's SweepServiceTest).
 */
class SweepCommandTest {
  private static final String RESOURCES = "../simulator/src/test/resources/";
  private static final String POLICY = RESOURCES + "policies/simulate.yaml";
  private static final String TRACES = RESOURCES + "traces/simulate";

  @Test
  void tableHasOneRowPerLimitWithThePolicysOwnMarked() {
    CliRun r =
        CliRun.of(
            "sweep",
            POLICY,
            "--traces",
            TRACES,
            "--budget",
            "team:platform:daily",
            "--usd",
            "2,0.5");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().startsWith("ccgate sweep: team:platform:daily\n"), r.out());
    assertTrue(r.hasLine("\\s*\\$0\\.50\\s.*"), r.out());
    assertTrue(r.hasLine("\\s*\\$1\\.00 \\*\\s.*"), r.out());
    assertTrue(
        r.hasLine("\\s*\\$2\\.00\\s+\\$1\\.22\\s+\\$1\\.22\\s+\\$0\\.00\\s+0\\s+0\\s+0\\s.*"),
        r.out());
  }

  @Test
  void csvHasAColumnPerTotalAndTeamNumber() {
    CliRun r =
        CliRun.of(
            "sweep", POLICY, "--traces", TRACES, "--budget", "team:data:daily", "--format", "csv");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().startsWith("limit_usd,policy_limit,total_requests,"), r.out());
    assertEquals(7, r.lines().size(), "a header and the six rungs of the ladder: " + r.out());
  }

  @Test
  void badBudgetsAndLimitsAreUsageErrorsAndAMissingTeamIsNamed() {
    CliRun budget = CliRun.of("sweep", POLICY, "--traces", TRACES, "--budget", "team:data");
    assertEquals(ExitCode.USAGE, budget.code());
    assertTrue(budget.err().contains("unknown budget 'team:data'"), budget.err());
    CliRun zero =
        CliRun.of("sweep", POLICY, "--traces", TRACES, "--budget", "team:data:daily", "--usd", "0");
    assertEquals(ExitCode.USAGE, zero.code());
    assertTrue(zero.err().contains("a limit is more than $0"), zero.err());
    CliRun team = CliRun.of("sweep", POLICY, "--traces", TRACES, "--budget", "team:infra:daily");
    assertEquals(ExitCode.BAD_INPUT, team.code());
    assertEquals("ccgate: the policy has no team 'infra' (teams: platform, data)\n", team.err());
  }
}
