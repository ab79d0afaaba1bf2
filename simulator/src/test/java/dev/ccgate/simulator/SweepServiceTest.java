package dev.ccgate.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ccgate.policy.Policy;
import dev.ccgate.policy.load.PendingPolicy;
import dev.ccgate.policy.load.PolicyLoader;
import dev.ccgate.simulator.load.LoadOptions;
import dev.ccgate.simulator.load.TraceLoader;
import dev.ccgate.simulator.load.Traces;
import dev.ccgate.simulator.progress.Progress;
import dev.ccgate.simulator.render.ReportFormat;
import dev.ccgate.simulator.replay.CacheModel;
import dev.ccgate.simulator.simulate.SimulateQuery;
import dev.ccgate.simulator.simulate.SimulationReport;
import dev.ccgate.simulator.sweep.SweepPoint;
import dev.ccgate.simulator.sweep.SweepQuery;
import dev.ccgate.simulator.sweep.SweepResult;
import dev.ccgate.simulator.sweep.SweptBudget;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code ccgate sweep} over {@code traces/simulate} with {@code policies/simulate.yaml}: platform's
 * daily budget is $1 there (worked out in {@link SimulateServiceTest}); at $2 nothing of platform's
 * is moved or paused (worked out in {@link DiffServiceTest}).
 */
class SweepServiceTest {
  private static final Path POLICY = Path.of("src/test/resources/policies/simulate.yaml");

  private final TraceLoader loader = new TraceLoader(2);
  private final SweepService service = new SweepService(loader);

  private static Policy policy() throws Exception {
    return new PolicyLoader(Map.of()).load(POLICY).orThrow();
  }

  private static SweepQuery query(String budget, List<Long> limits) throws Exception {
    return new SweepQuery(
        LoadOptions.of(Traces.fixture("simulate")),
        PendingPolicy.of(policy()),
        SweptBudget.parse(budget),
        limits,
        CacheModel.SESSION,
        () -> Progress.NONE);
  }

  @Test
  void eachLimitOfATeamsBudgetIsOneReplayAndThePolicysOwnIsSimulates() throws Exception {
    SweepResult s = service.sweep(query("team:platform:daily", List.of(2_000_000L, 500_000L)));

    assertEquals(1_000_000, s.policyLimitMicros());
    assertEquals(
        List.of(500_000L, 1_000_000L, 2_000_000L),
        s.points().stream().map(SweepPoint::limitMicros).toList(),
        "lowest first, the policy's own added");
    assertEquals(
        List.of(false, true, false), s.points().stream().map(SweepPoint::policyLimit).toList());

    SimulationReport alone =
        new SimulateService(loader)
            .simulate(
                SimulateQuery.of(
                    LoadOptions.of(Traces.fixture("simulate")), policy(), CacheModel.SESSION))
            .report();
    SweepPoint own = s.points().get(1);
    assertEquals(alone.totals(), own.totals());
    assertEquals(alone.teams().get(0), own.team());

    SweepPoint raised = s.points().get(2);
    assertEquals("platform", raised.team().id());
    assertEquals(1_072_900 + 112_525 + 35_050, raised.team().projectedMicros(), "all as logged");
    assertEquals(0, raised.team().sessionsPaused());
    assertEquals(0, raised.team().requestsDowngraded());
    SweepPoint halved = s.points().get(0);
    assertTrue(
        halved.team().requestsPaused() > own.team().requestsPaused(),
        "a lower cap pauses more: " + halved.team());
    assertEquals(alone.totals().actualMicros(), halved.totals().actualMicros());
  }

  @Test
  void withoutLimitsTheLadderRunsFromHalfToTwiceThePolicysOwn() throws Exception {
    SweepResult s = service.sweep(query("team:platform:daily", List.of()));
    assertEquals(
        List.of(500_000L, 750_000L, 1_000_000L, 1_250_000L, 1_500_000L, 2_000_000L),
        s.points().stream().map(SweepPoint::limitMicros).toList());
  }

  @Test
  void theDevelopersDefaultBudgetCanBeSweptButNeedsLimitsWhenThePolicySetsNone() throws Exception {
    IllegalArgumentException none =
        assertThrows(
            IllegalArgumentException.class,
            () -> service.sweep(query("developers:daily", List.of())));
    assertEquals(
        "developers:daily has no limit in the policy: name the limits to try (--usd)",
        none.getMessage());

    SweepResult s = service.sweep(query("developers:daily", List.of(100_000L)));
    SweepPoint p = s.points().get(0);
    assertFalse(p.policyLimit());
    assertNull(p.team(), "not a team's budget: the rows are all traffic");
    assertTrue(p.totals().requestsPaused() > 2, "a $0.10 personal budget pauses more: " + p);
  }

  @Test
  void aTeamThePolicyLacksIsNamedWithTheTeamsItHas() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> service.sweep(query("team:infra:daily", List.of(1_000_000L))));
    assertEquals("the policy has no team 'infra' (teams: platform, data)", e.getMessage());
  }

  @Test
  void budgetsAreNamedAsTheirWallets() {
    assertEquals("team:data:weekly", SweptBudget.parse("team:data:weekly").id());
    assertEquals("org:monthly", SweptBudget.parse("org:monthly").id());
    assertEquals("developers:daily", SweptBudget.parse("developers:daily").id());
    for (String bad : List.of("team:data", "team::daily", "org:hourly", "developer:daily", "")) {
      assertThrows(IllegalArgumentException.class, () -> SweptBudget.parse(bad), bad);
    }
  }

  private String render(ReportFormat format) throws Exception {
    StringWriter out = new StringWriter();
    service.run(
        query("team:platform:daily", List.of(2_000_000L, 500_000L)), format, 100, null, out);
    return out.toString();
  }

  @Test
  void everyFormatMatchesItsGoldenFileAndTheTableFitsOneHundredColumns() throws Exception {
    String table = render(ReportFormat.TABLE);
    Golden.check("sweep.txt", table);
    for (String line : table.lines().toList()) {
      assertTrue(line.length() <= 100, line);
    }
    Golden.check("sweep.json", render(ReportFormat.JSON));
    Golden.check("sweep.md", render(ReportFormat.MD));
    Golden.check("sweep.csv", render(ReportFormat.CSV));
    assertEquals(render(ReportFormat.JSON), render(ReportFormat.JSON), "byte-identical runs");
  }
}
