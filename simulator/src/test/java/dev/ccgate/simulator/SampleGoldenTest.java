package dev.ccgate.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ccgate.policy.Policy;
import dev.ccgate.policy.load.PolicyLoader;
import dev.ccgate.simulator.load.LoadOptions;
import dev.ccgate.simulator.load.TraceLoader;
import dev.ccgate.simulator.render.ReportFormat;
import dev.ccgate.simulator.render.SimulationTable;
import dev.ccgate.simulator.replay.CacheModel;
import dev.ccgate.simulator.report.Grouping;
import dev.ccgate.simulator.report.ReportQuery;
import dev.ccgate.simulator.report.SpendReport;
import dev.ccgate.simulator.simulate.SimulateQuery;
import dev.ccgate.simulator.simulate.SimulationReport;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The checked-in sample ({@code sample-traces/logs} with {@code policies/starter.yaml}) rendered in
 * every format a user reads, against golden files: a change to the generator, the pricing, the
 * kernel, the replay or a renderer shows up here as a diff of what users see. The sample (20 MB,
 * 8,705 requests) is loaded and replayed once for the class; each test only renders.
 */
class SampleGoldenTest {
  // The simulator module's tests run in simulator/; the sample lives at the repository root.
  private static final Path LOGS = Path.of("../sample-traces/logs");
  private static final Path POLICY = Path.of("../sample-traces/policies/starter.yaml");
  private static final int WIDTH = 100;

  private static SimulationReport simulation;
  private static SpendReport byDayAndTeam;

  @BeforeAll
  static void loadTheSampleOnce() throws Exception {
    Policy policy = new PolicyLoader(Map.of()).load(POLICY).orThrow();
    TraceLoader loader = new TraceLoader(2);
    simulation =
        new SimulateService(loader)
            .simulate(SimulateQuery.of(LoadOptions.of(LOGS), policy, CacheModel.SESSION))
            .report();
    byDayAndTeam =
        new ReportService(loader)
            .report(
                new ReportQuery(
                    LoadOptions.of(LOGS),
                    Grouping.parse("day,team"),
                    null,
                    null,
                    null,
                    List.of(),
                    List.of(),
                    policy));
  }

  private static String simulate(ReportFormat format) throws IOException {
    StringWriter out = new StringWriter();
    format.simulationRenderer(WIDTH, SimulationTable.SESSIONS).render(simulation, out);
    return out.toString();
  }

  private static String report(ReportFormat format) throws IOException {
    StringWriter out = new StringWriter();
    format.renderer(WIDTH).render(byDayAndTeam, out);
    return out.toString();
  }

  @Test
  void theSampleIsWhatTheReadmeDescribes() {
    // Guards against golden files regenerated from a different sample by mistake.
    assertEquals(8_705, simulation.load().requests());
    assertEquals(5_546, simulation.load().duplicates());
    assertEquals(8_705, byDayAndTeam.load().requests());
  }

  @Test
  void simulateTableMatchesItsGoldenFileAndFitsTheWidth() throws Exception {
    String table = simulate(ReportFormat.TABLE);
    Golden.check("sample-simulate.txt", table);
    for (String line : table.lines().toList()) {
      assertTrue(line.length() <= WIDTH, line);
    }
  }

  @Test
  void simulateJsonMatchesItsGoldenFile() throws Exception {
    Golden.check("sample-simulate.json", simulate(ReportFormat.JSON));
  }

  @Test
  void simulateMarkdownMatchesItsGoldenFile() throws Exception {
    Golden.check("sample-simulate.md", simulate(ReportFormat.MD));
  }

  @Test
  void reportByDayAndTeamMatchesItsGoldenFiles() throws Exception {
    String table = report(ReportFormat.TABLE);
    Golden.check("sample-report-day-team.txt", table);
    for (String line : table.lines().toList()) {
      assertTrue(line.length() <= WIDTH, line);
    }
    Golden.check("sample-report-day-team.json", report(ReportFormat.JSON));
  }
}
