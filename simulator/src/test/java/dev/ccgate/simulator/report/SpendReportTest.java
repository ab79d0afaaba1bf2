package dev.ccgate.simulator.report;

import static dev.ccgate.simulator.load.Traces.fixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.ccgate.simulator.ReportService;
import dev.ccgate.simulator.load.LoadOptions;
import dev.ccgate.simulator.load.TraceLoader;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Requests priced one by one with the built-in table, grouped and sorted. */
class SpendReportTest {
  // formats.md 2.5: 6x4 + 812x20 + 118934x0.20 + 4210x8 per MTok (the 1h write) = $0.0737308
  private static final long OPUS_5_5_EXAMPLE = 73_731;
  // Haiku 4.5: 1843x1 + 9011x1.25 + 356x5 per MTok = $0.01488675
  private static final long HAIKU_4_5_EXAMPLE = 14_887;

  private static SpendReport report(String by, String... filters) throws Exception {
    return report(by, null, null, List.of(), List.of(filters));
  }

  private static SpendReport report(
      String by, LocalDate from, LocalDate to, List<String> teams, List<String> developers)
      throws Exception {
    return new ReportService(new TraceLoader(2))
        .report(
            new ReportQuery(
                LoadOptions.of(fixture("transcripts"), fixture("dedup")),
                Grouping.parse(by),
                ZoneId.of("UTC"),
                from,
                to,
                teams,
                developers,
                null));
  }

  @Test
  void pricesTheTranscriptExampleAsFormatsMdWorksItOut() throws Exception {
    SpendReport r = report("day,model", "alice");
    assertEquals(
        List.of(
            new SpendRow(
                "2026-11-24",
                List.of("claude-opus-5-5"),
                new SpendTotals(1, 6, 812, 0, 4210, 118_934, 0, OPUS_5_5_EXAMPLE)),
            new SpendRow(
                "2026-11-24",
                List.of("claude-haiku-4-5-20251001"),
                new SpendTotals(1, 1843, 356, 9011, 0, 0, 0, HAIKU_4_5_EXAMPLE)),
            new SpendRow(
                "2026-11-24", List.of("<synthetic>"), new SpendTotals(1, 0, 0, 0, 0, 0, 0, 0))),
        r.rows());
    assertEquals(OPUS_5_5_EXAMPLE + HAIKU_4_5_EXAMPLE, r.totals().costMicros());
    assertEquals(List.of(), r.load().unknownModels());
  }

  @Test
  void groupsByWeekAndDeveloperWithTheHighestSpendFirst() throws Exception {
    SpendReport r = report("week,developer");
    assertEquals(2, r.rows().size());
    assertEquals("2026-11-23", r.rows().get(0).period(), "weeks start on Monday");
    assertEquals(List.of("alice"), r.rows().get(0).keys());
    assertEquals(List.of("bob"), r.rows().get(1).keys());
    assertEquals(10, r.totals().requests());
    assertEquals(
        r.rows().get(0).totals().costMicros() + r.rows().get(1).totals().costMicros(),
        r.totals().costMicros());
  }

  @Test
  void filtersByDayRangeTeamAndDeveloper() throws Exception {
    SpendReport day25 = report("day", LocalDate.of(2026, 11, 25), null, List.of(), List.of());
    assertEquals(1, day25.totals().requests(), "only M4 is on the 25th");
    SpendReport noTeam = report("team", null, null, List.of("platform"), List.of());
    assertEquals(0, noTeam.totals().requests(), "without a policy everyone is unassigned");
    SpendReport unassigned = report("team", null, null, List.of("unassigned"), List.of());
    assertEquals(10, unassigned.totals().requests());
    assertEquals(List.of("unassigned"), unassigned.rows().get(0).keys());
  }

  @Test
  void rejectsAnUnknownGroupingAndAnInvertedRange() {
    assertThrows(IllegalArgumentException.class, () -> Grouping.parse("day,week"));
    assertThrows(IllegalArgumentException.class, () -> Grouping.parse("project"));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            report(
                "day",
                LocalDate.of(2026, 11, 25),
                LocalDate.of(2026, 11, 24),
                List.of(),
                List.of()));
  }
}
