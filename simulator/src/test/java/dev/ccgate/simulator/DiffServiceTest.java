package dev.ccgate.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ccgate.policy.Policy;
import dev.ccgate.policy.load.InvalidPolicyException;
import dev.ccgate.policy.load.PendingPolicy;
import dev.ccgate.policy.load.PolicyLoader;
import dev.ccgate.simulator.diff.DiffQuery;
import dev.ccgate.simulator.diff.GroupChange;
import dev.ccgate.simulator.diff.PolicyDiff;
import dev.ccgate.simulator.diff.SessionChange;
import dev.ccgate.simulator.load.LoadOptions;
import dev.ccgate.simulator.load.TraceLoader;
import dev.ccgate.simulator.load.Traces;
import dev.ccgate.simulator.progress.Progress;
import dev.ccgate.simulator.render.ReportFormat;
import dev.ccgate.simulator.render.SimulationTable;
import dev.ccgate.simulator.replay.CacheModel;
import dev.ccgate.simulator.simulate.SessionOutcome;
import dev.ccgate.simulator.simulate.SimulateQuery;
import dev.ccgate.simulator.simulate.SimulationReport;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ccgate diff} over {@code traces/simulate}: {@code policies/simulate.yaml} (platform $1 a
 * day, worked out in {@link SimulateServiceTest}) against {@code simulate-raised.yaml} (platform $2
 * a day). With $2, alice's session a1…01 ends at 1.072900 = 53.64 %: turn 8 crosses the 50 % alert
 * and nothing is downgraded or paused; bob's request at 10:30 takes platform to 1.185425 = 59.27 %,
 * no stage. So two sessions change: alice's PAUSED → ALERTED (1.190330 → 1.072900: her seventh turn
 * is no longer the Sonnet one that had to rewrite the cache) and bob's PAUSED → CLEAN (0 →
 * 0.112525); data's carol and dave are untouched.
 */
class DiffServiceTest {
  private static final Path POLICY = Path.of("src/test/resources/policies/simulate.yaml");
  private static final Path RAISED = Path.of("src/test/resources/policies/simulate-raised.yaml");
  private static final String ALICE_1 = "a1a1a1a1-0000-4000-8000-000000000001";
  private static final String BOB = "b2b2b2b2-0000-4000-8000-000000000002";

  @TempDir Path dir;

  private final TraceLoader loader = new TraceLoader(2);
  private final DiffService service = new DiffService(loader);

  private static Policy policy(Path file) throws Exception {
    return new PolicyLoader(Map.of()).load(file).orThrow();
  }

  private static Policy parse(String text, String name) {
    return new PolicyLoader(Map.of()).parse(text, name, null).orThrow();
  }

  private static DiffQuery query(PendingPolicy oldPolicy, PendingPolicy newPolicy) {
    return new DiffQuery(
        LoadOptions.of(Traces.fixture("simulate")),
        oldPolicy,
        newPolicy,
        CacheModel.SESSION,
        null,
        null,
        List.of(),
        List.of(),
        () -> Progress.NONE);
  }

  private PolicyDiff diff(Policy oldPolicy, Policy newPolicy) throws Exception {
    return service.diff(query(PendingPolicy.of(oldPolicy), PendingPolicy.of(newPolicy)));
  }

  private static GroupChange group(List<GroupChange> groups, String id) {
    return groups.stream().filter(g -> g.id().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void raisingPlatformsBudgetUnpausesTwoSessionsAsWorkedOutByHand() throws Exception {
    PolicyDiff d = diff(policy(POLICY), policy(RAISED));

    assertEquals(1_319_330, d.oldReport().totals().projectedMicros());
    assertEquals(1_314_425, d.newReport().totals().projectedMicros(), "all as logged");
    assertEquals(-4_905, d.changeMicros());
    assertEquals(0, d.newReport().totals().requestsPaused());
    assertEquals(0, d.newReport().totals().requestsDowngraded());
    // alice's 50 % alert on platform; carol's and dave's on data, as before.
    assertEquals(3, d.newReport().totals().alerts());

    assertEquals(List.of(ALICE_1, BOB), d.sessions().stream().map(SessionChange::session).toList());
    SessionChange alice = d.sessions().get(0);
    assertEquals(SessionOutcome.PAUSED, alice.oldSession().outcome());
    assertEquals(SessionOutcome.ALERTED, alice.newSession().outcome());
    assertEquals(1_072_900 - 1_190_330, alice.changeMicros());
    assertEquals(
        "team:platform:daily reached its 50% alert stage: 53.64% of $2.00, alert to platform-em",
        alice.newSession().firstEvent().text());
    SessionChange bob = d.sessions().get(1);
    assertEquals(SessionOutcome.PAUSED, bob.oldSession().outcome());
    assertEquals(SessionOutcome.CLEAN, bob.newSession().outcome());
    assertEquals(112_525, bob.changeMicros());

    GroupChange platform = group(d.teams(), "platform");
    assertEquals(1_190_330 + 35_050, platform.oldProjectedMicros());
    assertEquals(1_072_900 + 112_525 + 35_050, platform.newProjectedMicros());
    assertFalse(group(d.teams(), "data").changed());
    assertEquals(0, group(d.teams(), "data").changeMicros());
    // Largest change first: alice (-0.117430), then bob (+0.112525).
    assertEquals(
        List.of("alice@example.com", "bob@example.com", "carol@example.com", "dave@example.com"),
        d.developers().stream().map(GroupChange::id).toList());
    assertEquals(
        List.of(true, true, false, false),
        d.developers().stream().map(GroupChange::changed).toList());
  }

  @Test
  void eachSideIsWhatSimulateReportsForThatPolicy() throws Exception {
    PolicyDiff d = diff(policy(POLICY), policy(RAISED));
    SimulateService simulate = new SimulateService(loader);
    for (Path file : List.of(POLICY, RAISED)) {
      SimulationReport alone =
          simulate
              .simulate(
                  SimulateQuery.of(
                      LoadOptions.of(Traces.fixture("simulate")), policy(file), CacheModel.SESSION))
              .report();
      SimulationReport side = file == POLICY ? d.oldReport() : d.newReport();
      assertEquals(alone.totals(), side.totals(), file.toString());
      assertEquals(alone.teams(), side.teams(), file.toString());
      assertEquals(alone.developers(), side.developers(), file.toString());
      assertEquals(alone.sessions(), side.sessions(), file.toString());
      assertEquals(alone.alerts(), side.alerts(), file.toString());
    }
  }

  @Test
  void thePolicyAgainstItselfChangesNothing() throws Exception {
    PolicyDiff d = diff(policy(POLICY), policy(POLICY));
    assertEquals(0, d.changeMicros());
    assertEquals(List.of(), d.sessions());
    assertTrue(d.teams().stream().noneMatch(GroupChange::changed));
    assertTrue(d.developers().stream().noneMatch(GroupChange::changed));
  }

  @Test
  void aDeveloperMovedToANewTeamLeavesOneTeamAndJoinsTheOther() throws Exception {
    String moved =
        Files.readString(POLICY)
            .replace(
                "developers: [alice@example.com, bob@example.com]",
                "developers: [alice@example.com]")
            .replace(
                "  data:\n",
                "  api:\n    budget: {daily: 10}\n    developers: [bob@example.com]\n  data:\n");
    PolicyDiff d = diff(policy(POLICY), parse(moved, "moved.yaml"));

    GroupChange api = group(d.teams(), "api");
    assertNull(api.oldGroup(), "the old policy has no team api");
    assertEquals(112_525, api.newProjectedMicros());
    assertTrue(api.changed());
    GroupChange bob = group(d.developers(), "bob@example.com");
    assertEquals(List.of("platform"), bob.oldGroup().teams());
    assertEquals(List.of("api"), bob.newGroup().teams());
    SessionChange bobSession =
        d.sessions().stream().filter(s -> s.session().equals(BOB)).findFirst().orElseThrow();
    assertEquals("api", bobSession.newSession().team());
    assertEquals(SessionOutcome.CLEAN, bobSession.newSession().outcome());
  }

  @Test
  void bothPoliciesErrorsAreReportedTogether() throws Exception {
    Path a = dir.resolve("a.yaml");
    Path b = dir.resolve("b.yaml");
    Files.writeString(a, "version: 1\nstages: [{at: 80%, action: alrt}]\n");
    Files.writeString(b, "version: 1\nteams: {x: {budgt: 1}}\n");
    PolicyLoader loader = new PolicyLoader(Map.of());
    DiffQuery q =
        query(PendingPolicy.read(loader, a, r -> {}), PendingPolicy.read(loader, b, r -> {}));

    InvalidPolicyException e = assertThrows(InvalidPolicyException.class, () -> service.diff(q));

    assertTrue(e.getMessage().startsWith(a.toString()), e.getMessage());
    assertEquals(1, e.getSuppressed().length);
    InvalidPolicyException second =
        assertInstanceOf(InvalidPolicyException.class, e.getSuppressed()[0]);
    assertTrue(second.getMessage().startsWith(b.toString()), second.getMessage());
  }

  private String render(ReportFormat format, SimulationTable table) throws Exception {
    StringWriter out = new StringWriter();
    service.run(
        query(PendingPolicy.of(policy(POLICY)), PendingPolicy.of(policy(RAISED))),
        format,
        table,
        100,
        null,
        out);
    return out.toString();
  }

  @Test
  void everyFormatMatchesItsGoldenFileAndTheTableFitsOneHundredColumns() throws Exception {
    String table = render(ReportFormat.TABLE, SimulationTable.SESSIONS);
    Golden.check("diff.txt", table);
    for (String line : table.lines().toList()) {
      assertTrue(line.length() <= 100, line);
    }
    Golden.check("diff.json", render(ReportFormat.JSON, SimulationTable.SESSIONS));
    Golden.check("diff.md", render(ReportFormat.MD, SimulationTable.SESSIONS));
    Golden.check("diff-sessions.csv", render(ReportFormat.CSV, SimulationTable.SESSIONS));
    Golden.check("diff-teams.csv", render(ReportFormat.CSV, SimulationTable.TEAMS));
    Golden.check("diff-totals.csv", render(ReportFormat.CSV, SimulationTable.TOTALS));
  }

  @Test
  void twoRunsGiveByteIdenticalJson() throws Exception {
    assertEquals(
        render(ReportFormat.JSON, SimulationTable.SESSIONS),
        render(ReportFormat.JSON, SimulationTable.SESSIONS));
  }
}
