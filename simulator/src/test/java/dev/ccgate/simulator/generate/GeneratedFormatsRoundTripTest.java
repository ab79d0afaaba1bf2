package dev.ccgate.simulator.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ccgate.simulator.ReportService;
import dev.ccgate.simulator.load.LoadOptions;
import dev.ccgate.simulator.load.LoadedTraces;
import dev.ccgate.simulator.load.TraceLoader;
import dev.ccgate.simulator.report.Grouping;
import dev.ccgate.simulator.report.ReportQuery;
import dev.ccgate.simulator.report.SpendReport;
import dev.ccgate.simulator.report.SpendRow;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every format goes through the real readers: detected, no line rejected, one request per API call
 * the generator made, and the same usage whichever format carries it.
 */
class GeneratedFormatsRoundTripTest {
  private static final int DEVELOPERS = 10;
  private static final int TEAMS = 3;
  private static final int DAYS = 8;
  private static final long SEED = 11;

  @TempDir Path dir;

  @ParameterizedTest
  @EnumSource(GenerateFormat.class)
  void theReadersLoadEveryLineAndKeepOneRequestPerCall(GenerateFormat format) throws Exception {
    Path out = dir.resolve(format.id());
    GenerateSummary s = Trees.numbered(out, format, DEVELOPERS, TEAMS, DAYS, SEED, 2);
    try (LoadedTraces t = new TraceLoader(2).load(LoadOptions.of(out))) {
      String expected =
          switch (format) {
            case TRANSCRIPTS -> "transcript";
            case OTEL -> "otel";
            case CSV -> "csv";
          };
      assertEquals(List.of(expected), List.copyOf(t.report().filesByFormat().keySet()));
      assertEquals(s.files(), t.report().files());
      assertEquals(0, t.report().rejected(), t.report().rejections().toString());
      assertEquals(List.of(), t.report().skippedFiles());
      assertEquals(s.expectedRequests(), t.report().requests());
      assertEquals(s.duplicateLines(), t.report().duplicates());
      assertEquals(List.of(), t.report().unknownModels());
      if (format == GenerateFormat.TRANSCRIPTS) {
        assertTrue(s.duplicateLines() > s.apiCalls() / 3, "duplicates: " + s.duplicateLines());
      }
    }
  }

  @Test
  void theSameSeedCarriesTheSameUsageInEveryFormat() throws Exception {
    Map<GenerateFormat, long[]> totals = new TreeMap<>();
    for (GenerateFormat format : GenerateFormat.values()) {
      Path out = dir.resolve(format.id());
      Trees.numbered(out, format, DEVELOPERS, TEAMS, DAYS, SEED, 2);
      try (LoadedTraces t = new TraceLoader(2).load(LoadOptions.of(out));
          Statement st = t.store().connection().createStatement();
          ResultSet rs =
              st.executeQuery(
                  "SELECT count(*), sum(input_tokens), sum(output_tokens),"
                      + " sum(cache_write_5m + cache_write_1h), sum(cache_write_1h),"
                      + " sum(cache_read) FROM requests WHERE model <> '<synthetic>'")) {
        rs.next();
        long[] v = new long[6];
        for (int i = 0; i < v.length; i++) {
          v[i] = rs.getLong(i + 1);
        }
        totals.put(format, v);
      }
    }
    long[] transcripts = totals.get(GenerateFormat.TRANSCRIPTS);
    long[] csv = totals.get(GenerateFormat.CSV);
    long[] otel = totals.get(GenerateFormat.OTEL);
    assertEquals(java.util.Arrays.toString(transcripts), java.util.Arrays.toString(csv));
    for (int i : new int[] {0, 1, 2, 3, 5}) {
      assertEquals(transcripts[i], otel[i], "OTel column " + i);
    }
    assertEquals(0, otel[4], "OTel has no 1h split: every write is read as 5-minute");
    assertTrue(transcripts[4] > 0);
  }

  @Test
  void otelAndCsvCarryTheTeamSoAReportWithoutAPolicyGroupsByIt() throws Exception {
    for (GenerateFormat format : List.of(GenerateFormat.OTEL, GenerateFormat.CSV)) {
      Path out = dir.resolve("teams-" + format.id());
      GenerateSummary s = Trees.numbered(out, format, DEVELOPERS, TEAMS, DAYS, SEED, 2);
      SpendReport r =
          new ReportService(new TraceLoader(2))
              .report(
                  new ReportQuery(
                      LoadOptions.of(out),
                      Grouping.parse("team"),
                      ZoneId.of("UTC"),
                      null,
                      null,
                      List.of(),
                      List.of(),
                      null));
      List<String> teams =
          r.rows().stream().map(SpendRow::keys).map(k -> k.get(0)).sorted().toList();
      assertEquals(List.of("team-1", "team-2", "team-3"), teams);
      if (format == GenerateFormat.CSV) {
        // The CSV carries the generator's own list price, which the report must reproduce.
        assertEquals(s.costMicros(), r.totals().costMicros());
      }
    }
  }
}
