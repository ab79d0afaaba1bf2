package dev.ccgate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ccgate.decision.DecisionLogCodec;
import dev.ccgate.decision.DecisionRecord;
import dev.ccgate.kernel.Action;
import dev.ccgate.pricing.Usage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ccgate simulate}, run through {@link Main#run} as a user would, over the simulator's
 * {@code traces/simulate} fixture (its numbers are worked out in the simulator's
 * SimulateServiceTest).
 */
class SimulateCommandTest {
  private static final String RESOURCES = "../simulator/src/test/resources/";
  private static final String POLICY = RESOURCES + "policies/simulate.yaml";
  private static final String TRACES = RESOURCES + "traces/simulate";
  private static final String GOLDEN = RESOURCES + "golden/";
  private static final String ALICE_1 = "a1a1a1a1-0000-4000-8000-000000000001";

  @TempDir Path dir;

  @Test
  void tableReportShowsTheSummaryAndTheSessionsThePolicyPaused() {
    CliRun r = CliRun.of("simulate", POLICY, "--traces", TRACES, "--width", "100");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().startsWith("ccgate simulate: " + POLICY + "\n"), r.out());
    assertTrue(r.out().contains("16 read, 14 requests used, 1 duplicates dropped, 0 rejected"));
    assertTrue(r.out().contains("  spend    $1.31 actual, $1.32 projected"), r.out());
    assertTrue(r.out().contains("  alerts   5: finance 2, platform-em 3"), r.out());
    assertTrue(r.out().contains("    session " + ALICE_1 + "\n"), r.out());
    assertTrue(r.out().contains("! unknown model claude-opus-9-9: 1 request priced as"), r.out());
  }

  @Test
  void jsonIsByteIdenticalAcrossRunsAndMatchesTheGoldenFile() throws Exception {
    String[] args = {"simulate", POLICY, "--traces", TRACES, "--format", "json"};
    CliRun first = CliRun.of(args);
    CliRun second = CliRun.of(args);
    assertEquals(0, first.code(), first.err());
    assertEquals(first.out(), second.out());
    // The golden file was made with the simulator's own relative paths; only those differ.
    String golden = Files.readString(Path.of(GOLDEN + "simulate.json"), StandardCharsets.UTF_8);
    assertEquals(golden, first.out().replace(RESOURCES, "src/test/resources/"));
  }

  @Test
  void decisionsAreWrittenAsTheDecisionLogAndParseBack() throws Exception {
    Path decisions = dir.resolve("out/decisions.jsonl");
    Path report = dir.resolve("out/report.json");
    CliRun r =
        CliRun.of(
            "simulate",
            POLICY,
            "--traces",
            TRACES,
            "--format",
            "json",
            "--out",
            report.toString(),
            "--decisions",
            decisions.toString());
    assertEquals(0, r.code(), r.err());
    assertEquals("", r.out());
    assertTrue(Files.readString(report).contains("\"schema\" : \"ccgate.report.simulate/1\""));
    List<String> lines = Files.readAllLines(decisions);
    assertEquals(14, lines.size());
    List<DecisionRecord> records = lines.stream().map(DecisionLogCodec::read).toList();
    for (int i = 0; i < lines.size(); i++) {
      assertEquals(lines.get(i), DecisionLogCodec.write(records.get(i)), "round trip");
      assertEquals("simulate", records.get(i).source());
    }
    DecisionRecord downgraded = records.get(6);
    assertEquals("req_alice1_07", downgraded.requestId());
    assertEquals(ALICE_1, downgraded.sessionId());
    assertEquals("alice@example.com", downgraded.developer());
    assertEquals("platform", downgraded.team());
    assertEquals(Action.DOWNGRADE, downgraded.action());
    assertEquals("claude-opus-4-5-20251101", downgraded.originalModel());
    assertEquals("claude-sonnet-4-5", downgraded.routedModel());
    // The projected usage: the 45,000 tokens read on Opus are 1-hour writes on Sonnet.
    assertEquals(Usage.of(10, 1_000, 0, 50_000, 0), downgraded.usage());
    assertEquals(315_030, downgraded.costMicros());
    assertEquals(97_550, downgraded.originalCostMicros());
    DecisionRecord paused = records.get(7);
    assertEquals(Action.PAUSE, paused.action());
    assertEquals(0, paused.costMicros());
    assertEquals(100_050, paused.originalCostMicros());
  }

  @Test
  void explainPrintsTheSessionTurnByTurn() throws Exception {
    CliRun r =
        CliRun.of("simulate", POLICY, "--traces", TRACES, "--explain", ALICE_1, "--width", "100");
    assertEquals(0, r.code(), r.err());
    // The turns match the golden file; the header wraps differently with this longer path.
    String golden =
        Files.readString(Path.of(GOLDEN + "simulate-explain.txt"), StandardCharsets.UTF_8);
    assertEquals(
        golden.substring(golden.indexOf("\n\n")), r.out().substring(r.out().indexOf("\n\n")));
    assertTrue(
        r.out().contains("     why     team:platform:daily at 87.53% >= 80% downgrade (1 step)"));

    CliRun missing = CliRun.of("simulate", POLICY, "--traces", TRACES, "--explain", "nope");
    assertEquals(ExitCode.BAD_INPUT, missing.code());
    assertEquals("ccgate: --explain: no session 'nope' in the traces\n", missing.err());
  }

  @Test
  void csvWritesTheTableItIsAskedFor() {
    CliRun r =
        CliRun.of("simulate", POLICY, "--traces", TRACES, "--format", "csv", "--table", "teams");
    assertEquals(0, r.code(), r.err());
    List<String> lines = r.out().lines().toList();
    assertEquals(
        "team,developers,sessions,requests,actual_usd,projected_usd,savings_usd,"
            + "requests_downgraded,requests_rerouted,requests_paused,requests_rejected,"
            + "sessions_alerted,sessions_downgraded,sessions_paused,alerts",
        lines.get(0));
    assertEquals("platform,2,3,10,1.220475,1.225380,-0.004905,1,0,2,0,0,0,2,3", lines.get(1));
    assertEquals(3, lines.size());
  }

  @Test
  void filtersAndTheCacheModelAreOptions() {
    CliRun bob =
        CliRun.of(
            "simulate",
            POLICY,
            "--traces",
            TRACES,
            "--developer",
            "bob@example.com",
            "--format",
            "csv",
            "--table",
            "totals");
    assertEquals(0, bob.code(), bob.err());
    String totals = bob.out().lines().toList().get(1);
    assertTrue(totals.startsWith("1,1,1,1,0.112525,0.000000,0.112525,0.112525,"), totals);

    CliRun none =
        CliRun.of(
            "simulate", POLICY, "--traces", TRACES, "--cache-model", "none", "--format", "json");
    assertEquals(0, none.code(), none.err());
    assertTrue(none.out().contains("\"cache_model\" : \"none\""));
    assertTrue(none.out().contains("\"requests_downgraded\" : 3,"), none.out());
  }

  @Test
  void aPolicyWithErrorsPrintsThemWithPositionsAndExitsOne() throws Exception {
    Path policy = dir.resolve("broken.yaml");
    Files.writeString(
        policy,
        "version: 1\n"
            + "timezone: America/New_York\n"
            + "teams:\n"
            + "  platform:\n"
            + "    budgt: {daily: 100}\n");
    CliRun r = CliRun.of("simulate", policy.toString(), "--traces", TRACES);
    assertEquals(ExitCode.FINDINGS, r.code(), r.err());
    assertEquals("", r.out());
    assertTrue(r.err().contains(policy + ":5:5: error: "), r.err());
    assertTrue(r.err().contains("1 error"), r.err());
  }

  @Test
  void policyWarningsAreCountedOnStderrNotListed() throws Exception {
    Path policy = dir.resolve("warned.yaml");
    Files.writeString(
        policy,
        Files.readString(Path.of(POLICY))
            .replace(
                "finance: {type: log}", "finance: {type: webhook, url_env: CCGATE_TEST_UNSET}"));
    CliRun r = CliRun.of("simulate", policy.toString(), "--traces", TRACES, "--format", "csv");
    assertEquals(0, r.code(), r.err());
    assertEquals(
        "ccgate: the policy has 1 warning (ccgate validate " + policy + " lists it)\n", r.err());
  }

  @Test
  void htmlIsOneFileFromSimulateAndAUsageErrorElsewhere() throws Exception {
    Path html = dir.resolve("out/report.html");
    CliRun r =
        CliRun.of(
            "simulate", POLICY, "--traces", TRACES, "--format", "html", "--out", html.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(Files.readString(html).startsWith("<!DOCTYPE html>\n"));
    CliRun explained =
        CliRun.of("simulate", POLICY, "--traces", TRACES, "--explain", ALICE_1, "--format", "html");
    assertEquals(0, explained.code(), explained.err());
    assertTrue(explained.out().contains("<h1>ccgate simulate: session " + ALICE_1 + "</h1>"));
    for (String[] args :
        List.of(
            new String[] {"report", "--traces", TRACES, "--format", "html"},
            new String[] {"diff", POLICY, POLICY, "--traces", TRACES, "--format", "html"},
            new String[] {
              "sweep", POLICY, "--traces", TRACES, "--budget", "org:daily", "--format", "html"
            })) {
      CliRun other = CliRun.of(args);
      assertEquals(ExitCode.USAGE, other.code(), args[0]);
      assertTrue(other.err().contains("--format html is for ccgate simulate"), other.err());
    }
  }

  @Test
  void badOptionsAreUsageErrors() {
    CliRun cache = CliRun.of("simulate", POLICY, "--traces", TRACES, "--cache-model", "warm");
    assertEquals(ExitCode.USAGE, cache.code());
    assertTrue(cache.err().contains("unknown cache model 'warm'"), cache.err());
    CliRun table = CliRun.of("simulate", POLICY, "--traces", TRACES, "--table", "teams");
    assertEquals(ExitCode.USAGE, table.code());
    assertTrue(table.err().contains("--table applies to --format csv only"), table.err());
    CliRun explain =
        CliRun.of("simulate", POLICY, "--traces", TRACES, "--explain", ALICE_1, "--format", "json");
    assertEquals(ExitCode.USAGE, explain.code());
    CliRun missing = CliRun.of("simulate", POLICY, "--traces", dir.resolve("nope").toString());
    assertEquals(ExitCode.USAGE, missing.code());
    assertTrue(missing.err().startsWith("ccgate: no such file: "), missing.err());
  }
}
