package dev.ccgate.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ccgate.kernel.Action;
import dev.ccgate.policy.Policy;
import dev.ccgate.policy.load.PendingPolicy;
import dev.ccgate.policy.load.PolicyLoader;
import dev.ccgate.pricing.Usage;
import dev.ccgate.simulator.load.LoadOptions;
import dev.ccgate.simulator.load.TraceLoader;
import dev.ccgate.simulator.load.Traces;
import dev.ccgate.simulator.progress.Progress;
import dev.ccgate.simulator.render.ReportFormat;
import dev.ccgate.simulator.render.SimulationTable;
import dev.ccgate.simulator.replay.CacheModel;
import dev.ccgate.simulator.simulate.AlertResult;
import dev.ccgate.simulator.simulate.ExplainedTurn;
import dev.ccgate.simulator.simulate.GroupResult;
import dev.ccgate.simulator.simulate.SessionExplanation;
import dev.ccgate.simulator.simulate.SessionOutcome;
import dev.ccgate.simulator.simulate.SessionResult;
import dev.ccgate.simulator.simulate.SimulateQuery;
import dev.ccgate.simulator.simulate.SimulationAggregator;
import dev.ccgate.simulator.simulate.SimulationReport;
import dev.ccgate.simulator.simulate.SimulationTotals;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code ccgate simulate} over {@code traces/simulate} with {@code policies/simulate.yaml}, whose
 * numbers are worked out by hand below (USD per million tokens; Opus 4.5: input 5, 1-hour write 10,
 * read 0.50, output 25; Sonnet 4.5: 3, 6, 0.30, 15; Haiku 4.5: input 1, 5-minute write 1.25, output
 * 5; the unknown claude-opus-9-9 is priced as Opus 5.5: input 4, output 20).
 *
 * <p>platform ($1.00 a day; alert 50 %, downgrade 80 %, pause 100 %), 2026-11-24, alice's session
 * a1…01 on Opus 4.5, ten input tokens each turn (the first logged twice: one line per content
 * block, deduplicated):
 *
 * <pre>
 *  turn  out   1h write  read    cost      platform after
 *  1     1000  20000         0  0.225050   22.51 %
 *  2     2000   5000     20000  0.110050   33.51 %
 *  3     2000   5000     25000  0.112550   44.76 %
 *  4     3000   5000     30000  0.140050   58.77 %  crosses 50 % alert
 *  5     4000   5000     35000  0.167550   75.52 %
 *  6     2000   5000     40000  0.120050   87.53 %  crosses 80 % downgrade
 *  7     1000   5000     45000  0.097550 as logged; downgraded to Sonnet 4.5, which never held
 *        this prompt: 10*3 + 1000*15 + (5000 + 45000)*6 = 0.315030   119.03 %  crosses 100 % pause
 *  8     paused (0.100050 as logged)
 * </pre>
 *
 * bob's session b2…02 at 10:30 is paused ($0.112525 as logged). alice's session a1…03 the next day
 * costs 0.035050 (the wallet reset). data ($0.10 a day, no manager: alerts go to finance): carol's
 * Sonnet turn 0.055800 (55.8 %, alert) and her subagent's Haiku call 0.005750; dave, whom the
 * policy does not list, joins data as his CSV says: 0.030000 (91.55 %, crosses 80 %); his
 * claude-opus-9-9 request the next day 0.002400.
 */
class SimulateServiceTest {
  private static final Path POLICY = Path.of("src/test/resources/policies/simulate.yaml");
  private static final String ALICE_1 = "a1a1a1a1-0000-4000-8000-000000000001";

  private final SimulateService service = new SimulateService(new TraceLoader(2));

  private static Policy policy() throws Exception {
    return new PolicyLoader(Map.of()).load(POLICY).orThrow();
  }

  private static LoadOptions load() {
    return LoadOptions.of(Traces.fixture("simulate"));
  }

  private SimulationReport simulate(CacheModel cache) throws Exception {
    return service.simulate(SimulateQuery.of(load(), policy(), cache)).report();
  }

  private static SessionResult session(SimulationReport r, String id) {
    return r.sessions().stream().filter(s -> s.session().equals(id)).findFirst().orElseThrow();
  }

  private static GroupResult group(List<GroupResult> groups, String id) {
    return groups.stream().filter(g -> g.id().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void replaysTheFixtureAsWorkedOutByHand() throws Exception {
    SimulationReport r = simulate(CacheModel.SESSION);
    SimulationTotals t = r.totals();
    assertEquals(14, t.requests());
    assertEquals(1, r.load().duplicates());
    // 1.072900 (alice a1…01) + 0.112525 (bob) + 0.035050 + 0.061550 (carol) + 0.032400 (dave)
    assertEquals(1_314_425, t.actualMicros());
    // 1.190330 (alice a1…01: turns 1-6 as logged, turn 7 on Sonnet, turn 8 paused) + 0.035050
    // + 0.061550 + 0.032400; bob's request was paused.
    assertEquals(1_319_330, t.projectedMicros());
    assertEquals(-4_905, t.savingsMicros());
    assertEquals(100_050 + 112_525, t.refusedActualMicros());
    assertEquals(1, t.requestsDowngraded());
    assertEquals(2, t.requestsPaused());
    assertEquals(0, t.requestsRerouted());
    assertEquals(45_000, t.cacheReadsRewritten());
    assertEquals(6, t.sessions());
    assertEquals(2, t.sessionsPaused());
    assertEquals(2, t.sessionsAlerted());
    assertEquals(0, t.sessionsDowngraded());
    assertEquals(5, t.alerts());

    SessionResult alice = session(r, ALICE_1);
    assertEquals(SessionOutcome.PAUSED, alice.outcome());
    assertEquals("pause", alice.firstEvent().kind());
    assertEquals("team:platform:daily at 119.03% >= 100% pause", alice.firstEvent().text());
    assertEquals(1_072_900, alice.actualMicros());
    assertEquals(1_190_330, alice.projectedMicros());
    assertEquals(
        SessionOutcome.PAUSED, session(r, "b2b2b2b2-0000-4000-8000-000000000002").outcome());
    SessionResult carol = session(r, "c4c4c4c4-0000-4000-8000-000000000004");
    assertEquals(SessionOutcome.ALERTED, carol.outcome());
    assertEquals(
        "team:data:daily reached its 50% alert stage: 55.8% of $0.10, alert to finance",
        carol.firstEvent().text());
    SessionResult nextDay = session(r, "a1a1a1a1-0000-4000-8000-000000000003");
    assertEquals(SessionOutcome.CLEAN, nextDay.outcome());
    assertNull(nextDay.firstEvent());

    assertEquals(
        List.of(
            "team:platform:daily alert 58.77 platform-em",
            "team:platform:daily downgrade 87.53 platform-em",
            "team:platform:daily pause 119.03 platform-em",
            "team:data:daily alert 55.80 finance",
            "team:data:daily downgrade 91.55 finance"),
        r.alerts().stream().map(SimulateServiceTest::alert).toList());

    GroupResult dave = group(r.developers(), "dave@example.com");
    assertEquals(List.of("data"), dave.teams());
    assertEquals(32_400, dave.actualMicros());
    assertEquals(2, group(r.teams(), "data").developers());
    assertEquals(List.of("platform", "data"), r.teams().stream().map(GroupResult::id).toList());
    assertEquals(
        List.of(
            "unknown model claude-opus-9-9: 1 request priced as claude-opus-5-5",
            "developers not in the policy, placed in the team their export names, else"
                + " default_team 'unassigned' (1): dave@example.com"),
        r.warnings());
  }

  private static String alert(AlertResult a) {
    return a.wallet()
        + " "
        + a.stage()
        + " "
        + java.math.BigDecimal.valueOf(a.percentBasisPoints(), 2)
        + " "
        + a.channel();
  }

  @Test
  void withoutTheCacheModelTheMovedTurnIsRepricedAndThePauseComesLater() throws Exception {
    SimulationReport r = simulate(CacheModel.NONE);
    // Turn 7 on Sonnet with its logged counts: 10*3 + 1000*15 + 5000*6 + 45000*0.3 = 0.058530,
    // so platform ends turn 7 at 93.38 %: turn 8 is downgraded too (0.060030, 99.39 %), and bob's
    // request at 10:30 (10*... 5*3 + 500*15 + 10000*6 = 0.067515) crosses 100 % instead of pausing.
    assertEquals(0, r.totals().cacheReadsRewritten());
    assertEquals(3, r.totals().requestsDowngraded());
    assertEquals(0, r.totals().requestsPaused());
    assertEquals(SessionOutcome.DOWNGRADED, session(r, ALICE_1).outcome());
    assertEquals(875_300 + 58_530 + 60_030, session(r, ALICE_1).projectedMicros());
    assertEquals(67_515, session(r, "b2b2b2b2-0000-4000-8000-000000000002").projectedMicros());
    assertEquals(
        "claude-opus-4-5-20251101 -> claude-sonnet-4-5: team:platform:daily at 87.53% >= 80%"
            + " downgrade (1 step)",
        session(r, ALICE_1).firstEvent().text());
  }

  @Test
  void aPolicyThatRejectsUnknownDevelopersRejectsTheirSessions() throws Exception {
    String text =
        java.nio.file.Files.readString(POLICY)
            .replace("developers:\n  overrides:", "developers:\n  unknown: reject\n  overrides:");
    Policy rejecting = new PolicyLoader(Map.of()).parse(text, "rejecting.yaml", null).orThrow();
    SimulationReport r =
        service.simulate(SimulateQuery.of(load(), rejecting, CacheModel.SESSION)).report();
    // dave is not in the policy: both his requests are rejected and cost nothing.
    assertEquals(2, r.totals().requestsRejected());
    assertEquals(2, r.totals().sessionsRejected());
    assertEquals(1_314_425, r.totals().actualMicros(), "as logged, whatever the policy says");
    assertEquals(1_319_330 - 32_400, r.totals().projectedMicros());
    assertEquals(100_050 + 112_525 + 32_400, r.totals().refusedActualMicros());
    SessionResult dave = session(r, "s-dave-1");
    assertEquals(SessionOutcome.REJECTED, dave.outcome());
    assertEquals(SimulationAggregator.NO_TEAM, dave.team());
    assertEquals("developer not in policy (unknown: reject)", dave.firstEvent().text());
    assertTrue(
        r.warnings().get(1).contains("rejected as developers.unknown says"), r.warnings().get(1));
    SimulateQuery dataOnly =
        new SimulateQuery(
            load(),
            PendingPolicy.of(rejecting),
            CacheModel.SESSION,
            null,
            null,
            List.of("data"),
            List.of(),
            null,
            null,
            () -> Progress.NONE);
    assertEquals(2, service.simulate(dataOnly).report().totals().requests(), "carol only");
  }

  @Test
  void everyTraceFormatReplaysAndEveryRequestIsCountedOnce() throws Exception {
    LoadOptions all =
        LoadOptions.of(
            Traces.fixture("formats"), Traces.fixture("transcripts"), Traces.fixture("dedup"));
    SimulationReport r =
        service.simulate(SimulateQuery.of(all, policy(), CacheModel.SESSION)).report();
    assertEquals(7, r.load().filesByFormat().size());
    assertEquals(r.load().requests(), r.totals().requests());
    assertEquals(
        r.totals().requests(), r.developers().stream().mapToLong(GroupResult::requests).sum());
    assertEquals(r.totals().requests(), r.teams().stream().mapToLong(GroupResult::requests).sum());
    assertEquals(
        r.totals().requests() - r.totals().requestsWithoutSession(),
        r.sessions().stream().mapToLong(SessionResult::requests).sum());
    // Admin API buckets, Bedrock and LiteLLM logs, one OTel record without session.id.
    assertEquals(6, r.totals().requestsWithoutSession());
    assertTrue(
        r.warnings()
            .contains(
                "requests without a session id (6): they count in the totals, teams and developers,"
                    + " in no session"),
        r.warnings().toString());
  }

  @Test
  void filtersChooseWhatIsReportedWhileTheReplaySeesAllTraffic() throws Exception {
    SimulateQuery bobOnly =
        new SimulateQuery(
            load(),
            PendingPolicy.of(policy()),
            CacheModel.SESSION,
            null,
            null,
            List.of(),
            List.of("Bob@Example.com"),
            null,
            null,
            () -> Progress.NONE);
    SimulationReport bob = service.simulate(bobOnly).report();
    assertEquals(1, bob.totals().requests());
    // Paused by alice's spend on the shared team wallet, though her requests are not reported.
    assertEquals(1, bob.totals().requestsPaused());
    assertEquals(0, bob.totals().alerts());
    assertEquals(
        List.of("bob@example.com"), bob.developers().stream().map(GroupResult::id).toList());

    SimulateQuery nextDayData =
        new SimulateQuery(
            load(),
            PendingPolicy.of(policy()),
            CacheModel.SESSION,
            LocalDate.parse("2026-11-25"),
            LocalDate.parse("2026-11-25"),
            List.of("data"),
            List.of(),
            null,
            null,
            () -> Progress.NONE);
    SimulationReport r = service.simulate(nextDayData).report();
    assertEquals(1, r.totals().requests());
    assertEquals(2_400, r.totals().actualMicros());
    assertEquals(List.of("s-dave-2"), r.sessions().stream().map(SessionResult::session).toList());
  }

  @Test
  void explainGivesEveryTurnWithItsWalletsReasonsAndCacheRewrite() throws Exception {
    SimulateQuery q =
        new SimulateQuery(
            load(),
            PendingPolicy.of(policy()),
            CacheModel.SESSION,
            null,
            null,
            List.of(),
            List.of(),
            ALICE_1,
            null,
            () -> Progress.NONE);
    SessionExplanation e = service.simulate(q).explanation();
    assertEquals(8, e.turns().size());
    assertEquals("alice@example.com", e.developer());
    ExplainedTurn seventh = e.turns().get(6);
    assertEquals(Action.DOWNGRADE, seventh.action());
    assertEquals("claude-sonnet-4-5", seventh.routedModel());
    assertEquals(Usage.of(10, 1_000, 0, 50_000, 0), seventh.routedUsage());
    assertEquals(97_550, seventh.actualMicros());
    assertEquals(315_030, seventh.projectedMicros());
    assertEquals(
        List.of(new ExplainedTurn.WalletShare("team:platform:daily", 8_753)), seventh.wallets());
    assertEquals(
        List.of("team:platform:daily at 87.53% >= 80% downgrade (1 step)"), seventh.reasons());
    ExplainedTurn eighth = e.turns().get(7);
    assertEquals(Action.PAUSE, eighth.action());
    assertNull(eighth.routedModel());
    assertEquals(0, eighth.projectedMicros());

    SimulateQuery missing =
        new SimulateQuery(
            load(),
            PendingPolicy.of(policy()),
            CacheModel.SESSION,
            null,
            null,
            List.of(),
            List.of(),
            "no-such-session",
            null,
            () -> Progress.NONE);
    IllegalArgumentException ex =
        assertThrows(IllegalArgumentException.class, () -> service.simulate(missing));
    assertTrue(ex.getMessage().contains("no session 'no-such-session'"), ex.getMessage());
  }

  private String render(ReportFormat format, SimulationTable table, String explain)
      throws Exception {
    SimulateQuery q =
        new SimulateQuery(
            load(),
            PendingPolicy.of(policy()),
            CacheModel.SESSION,
            null,
            null,
            List.of(),
            List.of(),
            explain,
            null,
            () -> Progress.NONE);
    StringWriter out = new StringWriter();
    service.run(q, format, table, 100, null, out);
    return out.toString();
  }

  @Test
  void tableReportMatchesItsGoldenFileAndFitsOneHundredColumns() throws Exception {
    String table = render(ReportFormat.TABLE, SimulationTable.SESSIONS, null);
    Golden.check("simulate.txt", table);
    for (String line : table.lines().toList()) {
      assertTrue(line.length() <= 100, line);
    }
  }

  @Test
  void jsonMarkdownAndCsvMatchTheirGoldenFiles() throws Exception {
    Golden.check("simulate.json", render(ReportFormat.JSON, SimulationTable.SESSIONS, null));
    Golden.check("simulate.md", render(ReportFormat.MD, SimulationTable.SESSIONS, null));
    Golden.check("simulate-sessions.csv", render(ReportFormat.CSV, SimulationTable.SESSIONS, null));
    Golden.check("simulate-alerts.csv", render(ReportFormat.CSV, SimulationTable.ALERTS, null));
    String explain = render(ReportFormat.TABLE, null, ALICE_1);
    Golden.check("simulate-explain.txt", explain);
    for (String line : explain.lines().toList()) {
      assertTrue(line.length() <= 100, line);
    }
  }

  @Test
  void htmlIsOneWellFormedFileWithAChartPerTeamAgainstItsStages() throws Exception {
    String html = render(ReportFormat.HTML, SimulationTable.SESSIONS, null);
    Golden.check("simulate.html", html);
    // Well-formed XML (so every tag is closed and every text escaped), and nothing to fetch.
    wellFormed(html);
    assertEquals(2, html.split("<svg ", -1).length - 1, "a chart per team");
    for (String stage : List.of("alert 50%", "downgrade 80%", "pause 100%")) {
      assertTrue(html.contains(">" + stage + "</text>"), stage);
    }
  }

  @Test
  void explainAsHtmlIsOneFileWithATimelineDotPerTurn() throws Exception {
    String html = render(ReportFormat.HTML, SimulationTable.SESSIONS, ALICE_1);
    Golden.check("simulate-explain.html", html);
    wellFormed(html);
    assertEquals(8, html.split("<circle ", -1).length - 1, "alice's eight turns");
    assertTrue(html.contains("<title>#8 10:07:00 PAUSE</title>"), html);
    assertTrue(html.contains("why: team:platform:daily at 119.03% &gt;= 100% pause"), html);
  }

  private static void wellFormed(String html) throws Exception {
    javax.xml.parsers.DocumentBuilderFactory.newInstance()
        .newDocumentBuilder()
        .parse(
            new org.xml.sax.InputSource(
                new java.io.StringReader(html.replace("<!DOCTYPE html>", ""))));
    for (String fetch : List.of("src=", "href=", "url(", "<script", "@import")) {
      assertFalse(html.contains(fetch), fetch);
    }
  }

  @Test
  void eachTeamsChartHasItsSpendPerDaySinceItsPeriodBegan() throws Exception {
    assertEquals(List.of(), simulate(CacheModel.SESSION).charts(), "only when asked for");
    SimulationReport r =
        service.simulate(SimulateQuery.of(load(), policy(), CacheModel.SESSION), true).report();
    dev.ccgate.simulator.simulate.TeamChart platform = r.charts().get(0);
    assertEquals("platform", platform.team());
    assertEquals(dev.ccgate.policy.Period.DAILY, platform.period());
    assertEquals(1_000_000, platform.limitMicros());
    assertEquals(3, platform.stages().size());
    // 2026-11-24: alice's first session and bob's paused request; 2026-11-25: alice's next.
    assertEquals(
        List.of(LocalDate.parse("2026-11-24"), LocalDate.parse("2026-11-25")),
        platform.days().stream().map(d -> d.day()).toList());
    assertEquals(1_190_330, platform.days().get(0).periodProjectedMicros());
    assertEquals(1_072_900 + 112_525, platform.days().get(0).periodActualMicros());
    assertEquals(35_050, platform.days().get(1).periodProjectedMicros(), "a new day, a new period");
    assertEquals(
        r.teams().get(0).projectedMicros(),
        platform.days().stream().mapToLong(d -> d.projectedMicros()).sum());
  }

  @Test
  void twoRunsGiveByteIdenticalJson() throws Exception {
    assertEquals(
        render(ReportFormat.JSON, SimulationTable.SESSIONS, null),
        render(ReportFormat.JSON, SimulationTable.SESSIONS, null));
  }
}
