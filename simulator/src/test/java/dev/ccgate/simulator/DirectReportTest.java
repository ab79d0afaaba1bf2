package dev.ccgate.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ccgate.policy.Policy;
import dev.ccgate.policy.load.PolicyLoader;
import dev.ccgate.simulator.load.BadTraceException;
import dev.ccgate.simulator.load.LoadOptions;
import dev.ccgate.simulator.load.TraceLoader;
import dev.ccgate.simulator.load.Traces;
import dev.ccgate.simulator.progress.Progress;
import dev.ccgate.simulator.render.ReportFormat;
import dev.ccgate.simulator.report.Grouping;
import dev.ccgate.simulator.report.ReportQuery;
import dev.ccgate.simulator.report.SpendReport;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A report without {@code --db} is made in memory ({@code report.DirectReport}); with one, through
 * DuckDB. Both must give the same report, byte for byte, whatever the inputs (every fixture, all of
 * them at once, the sample), the grouping, the zone, the filters and the policy.
 */
class DirectReportTest {
  private static final Path SAMPLE = Path.of("../sample-traces/logs");
  private static final Path STARTER = Path.of("../sample-traces/policies/starter.yaml");
  private static final Path SIMULATE_POLICY = Path.of("src/test/resources/policies/simulate.yaml");

  private final ReportService service = new ReportService(new TraceLoader(2));

  static Stream<Arguments> cases() {
    Path[] everything = {
      Traces.fixture("transcripts"),
      Traces.fixture("dedup"),
      Traces.fixture("simulate"),
      Traces.fixture("formats"),
      Traces.fixture("broken")
    };
    return Stream.of(
        Arguments.of(List.of(Traces.fixture("transcripts")), "day", "UTC", null, false),
        Arguments.of(List.of(Traces.fixture("dedup")), "day,session", "UTC", null, false),
        Arguments.of(List.of(Traces.fixture("broken")), "day,model", "UTC", null, false),
        Arguments.of(List.of(Traces.fixture("formats")), "day,developer,model", "UTC", null, false),
        Arguments.of(
            List.of(Traces.fixture("simulate")),
            "week,team,developer",
            null,
            SIMULATE_POLICY,
            false),
        Arguments.of(List.of(everything), "day,team,model", "America/New_York", null, false),
        Arguments.of(List.of(everything), "month,session", "Asia/Kolkata", null, true),
        Arguments.of(List.of(SAMPLE), "day,team", null, STARTER, false),
        Arguments.of(List.of(SAMPLE), "week,developer,model,session", "UTC", STARTER, true));
  }

  @ParameterizedTest(name = "{0} by {1} in {2}, policy {3}, filtered {4}")
  @MethodSource("cases")
  void inMemoryAndStoredReportsAreByteIdentical(
      List<Path> traces, String by, String zone, Path policyFile, boolean filtered)
      throws Exception {
    Policy policy =
        policyFile == null ? null : new PolicyLoader(Map.of()).load(policyFile).orThrow();
    ReportQuery q =
        new ReportQuery(
            new LoadOptions(traces, null, null, false, null, Progress.NONE),
            Grouping.parse(by),
            zone == null ? null : ZoneId.of(zone),
            filtered ? LocalDate.of(2026, 11, 10) : null,
            filtered ? LocalDate.of(2026, 11, 24) : null,
            filtered && policy != null ? List.of("data", "platform") : List.of(),
            List.of(),
            policy);
    SpendReport direct = service.report(q);
    SpendReport stored = service.stored(q);
    assertTrue(direct.load().requests() > 0, "the case has requests");
    assertEquals(json(stored), json(direct));
    assertEquals(table(stored), table(direct));
  }

  @org.junit.jupiter.api.Test
  void strictModeStopsAtTheSameLineBothWays() {
    ReportQuery q =
        new ReportQuery(
            new LoadOptions(
                List.of(Traces.fixture("broken")), null, null, true, null, Progress.NONE),
            Grouping.parse("day"),
            null,
            null,
            null,
            List.of(),
            List.of(),
            null);
    BadTraceException direct = assertThrows(BadTraceException.class, () -> service.report(q));
    BadTraceException stored = assertThrows(BadTraceException.class, () -> service.stored(q));
    assertEquals(stored.getMessage(), direct.getMessage());
  }

  private static String json(SpendReport r) throws IOException {
    StringWriter w = new StringWriter();
    ReportFormat.JSON.renderer(100).render(r, w);
    return w.toString();
  }

  private static String table(SpendReport r) throws IOException {
    StringWriter w = new StringWriter();
    ReportFormat.TABLE.renderer(100).render(r, w);
    return w.toString();
  }
}
