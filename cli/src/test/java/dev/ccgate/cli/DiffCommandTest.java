package dev.ccgate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ccgate diff}, run through {@link Main#run} as a user would, over the simulator's {@code
 * traces/simulate} fixture with {@code simulate.yaml} against {@code simulate-raised.yaml} (its
 * numbers are worked out in the simulator's DiffServiceTest).
 */
class DiffCommandTest {
  private static final String RESOURCES = "../simulator/src/test/resources/";
  private static final String POLICY = RESOURCES + "policies/simulate.yaml";
  private static final String RAISED = RESOURCES + "policies/simulate-raised.yaml";
  private static final String TRACES = RESOURCES + "traces/simulate";

  @TempDir Path dir;

  @Test
  void tableShowsTheSpendChangeAndTheSessionsTreatedDifferently() {
    CliRun r = CliRun.of("diff", POLICY, RAISED, "--traces", TRACES, "--width", "100");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().startsWith("ccgate diff: simulate.yaml → simulate-raised.yaml\n"), r.out());
    assertTrue(
        r.out().contains("  projected $1.32 → $1.31: -$0.0049 (-0.37%); $1.31 actual\n"), r.out());
    assertTrue(r.out().contains("paused 2 → 0"), r.out());
    assertTrue(r.out().contains("2 sessions treated differently"), r.out());
    assertTrue(r.out().contains("paused → alerted"), r.out());
    assertTrue(r.out().contains("paused → clean"), r.out());
  }

  @Test
  void jsonIsByteIdenticalAcrossRunsAndMatchesTheGoldenFile() throws Exception {
    String[] args = {"diff", POLICY, RAISED, "--traces", TRACES, "--format", "json"};
    CliRun first = CliRun.of(args);
    CliRun second = CliRun.of(args);
    assertEquals(0, first.code(), first.err());
    assertEquals(first.out(), second.out());
    String golden =
        Files.readString(Path.of(RESOURCES + "golden/diff.json"), StandardCharsets.UTF_8);
    assertEquals(golden, first.out().replace(RESOURCES, "src/test/resources/"));
  }

  @Test
  void aPolicyAgainstItselfSaysNoChange() {
    CliRun r = CliRun.of("diff", POLICY, POLICY, "--traces", TRACES);
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains(": no change;"), r.out());
    assertTrue(r.out().contains("0 sessions treated differently"), r.out());
  }

  @Test
  void errorsInBothPoliciesAreAllPrintedAndExitOne() throws Exception {
    Path a = dir.resolve("a.yaml");
    Path b = dir.resolve("b.yaml");
    Files.writeString(a, "version: 1\nstages: [{at: 80%, action: alrt}]\n");
    Files.writeString(b, "version: 1\nteams:\n  x:\n    budgt: {daily: 1}\n");
    CliRun r = CliRun.of("diff", a.toString(), b.toString(), "--traces", TRACES);
    assertEquals(ExitCode.FINDINGS, r.code(), r.err());
    assertEquals("", r.out());
    assertTrue(r.err().contains(a + ":2:"), r.err());
    assertTrue(r.err().contains(b + ":4:5: error: "), r.err());
    assertTrue(r.err().endsWith("in 2 files\n"), r.err());
  }

  @Test
  void csvWritesTheTableItIsAskedForButThereIsNoAlertsTable() {
    CliRun teams =
        CliRun.of(
            "diff", POLICY, RAISED, "--traces", TRACES, "--format", "csv", "--table", "teams");
    assertEquals(0, teams.code(), teams.err());
    assertTrue(teams.out().startsWith("team,old_developers,old_sessions,"), teams.out());
    CliRun alerts =
        CliRun.of(
            "diff", POLICY, RAISED, "--traces", TRACES, "--format", "csv", "--table", "alerts");
    assertEquals(ExitCode.USAGE, alerts.code());
    assertTrue(alerts.err().contains("totals|teams|developers|sessions"), alerts.err());
    CliRun missing = CliRun.of("diff", POLICY, "--traces", TRACES);
    assertEquals(ExitCode.USAGE, missing.code());
  }
}
