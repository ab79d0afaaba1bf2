package dev.ccgate.simulator.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ccgate.policy.Policy;
import dev.ccgate.policy.load.PolicyLoader;
import dev.ccgate.simulator.ReportService;
import dev.ccgate.simulator.load.LoadOptions;
import dev.ccgate.simulator.load.LoadedTraces;
import dev.ccgate.simulator.load.TraceLoader;
import dev.ccgate.simulator.report.Grouping;
import dev.ccgate.simulator.report.ReportQuery;
import dev.ccgate.simulator.report.SpendReport;
import dev.ccgate.simulator.report.SpendRow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Thirty days of the sample roster, loaded by the real loader: the properties real Claude Code
 * traffic has, each as an assertion that a broken generator would fail.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GeneratedTrafficRealismTest {
  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  private static final Path STARTER = Path.of("../sample-traces/policies/starter.yaml");

  private Path dir;
  private GenerateSummary summary;
  private LoadedTraces traces;

  /** One request, as the loader kept it. */
  private record Row(
      long millis,
      String developer,
      String session,
      String model,
      long read,
      long write5m,
      long write1h,
      boolean sidechain,
      String speed,
      String geo,
      String file) {}

  private List<Row> rows;

  @BeforeAll
  void generateAndLoad() throws Exception {
    dir = Files.createTempDirectory("ccgate-realism");
    summary = Trees.sample(dir.resolve("logs"), 30, SampleSet.SEED);
    traces = new TraceLoader(2).load(LoadOptions.of(dir.resolve("logs")));
    rows = new ArrayList<>();
    try (Statement s = traces.store().connection().createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT epoch_ms(time), developer, session, model, cache_read, cache_write_5m,"
                    + " cache_write_1h, is_sidechain, speed, inference_geo, source_file"
                    + " FROM requests WHERE model <> '<synthetic>' ORDER BY time, source_file,"
                    + " source_line")) {
      while (rs.next()) {
        rows.add(
            new Row(
                rs.getLong(1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.getLong(5),
                rs.getLong(6),
                rs.getLong(7),
                rs.getBoolean(8),
                rs.getString(9),
                rs.getString(10),
                rs.getString(11)));
      }
    }
  }

  @AfterAll
  void close() throws Exception {
    traces.close();
    try (var walk = Files.walk(dir)) {
      for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  @Test
  void dedupDropsTheDuplicatesAndLeavesEveryApiCallOnce() throws SQLException {
    assertEquals(0, traces.report().rejected(), "every generated line reads");
    assertEquals(summary.expectedRequests(), traces.report().requests());
    assertEquals(summary.apiCalls(), rows.size());
    assertEquals(
        summary.errors(), count("SELECT count(*) FROM requests WHERE model = '<synthetic>'"));
    assertEquals(summary.duplicateLines(), traces.report().duplicates());
    assertTrue(
        traces.report().rowsRead() > 1.4 * traces.report().requests(),
        "Claude Code's duplicate lines are there: " + traces.report().rowsRead());
  }

  @Test
  void weekdaysAreSeveralTimesBusierThanWeekends() {
    Map<LocalDate, Integer> perDay = new HashMap<>();
    for (Row r : rows) {
      perDay.merge(
          Instant.ofEpochMilli(r.millis()).atZone(NEW_YORK).toLocalDate(), 1, Integer::sum);
    }
    double weekday = 0;
    double weekend = 0;
    int weekdays = 0;
    int weekends = 0;
    for (LocalDate d = Trees.NOVEMBER; d.isBefore(Trees.NOVEMBER.plusDays(30)); d = d.plusDays(1)) {
      boolean isWeekend =
          d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
      int n = perDay.getOrDefault(d, 0);
      if (isWeekend) {
        weekend += n;
        weekends++;
      } else {
        weekday += n;
        weekdays++;
      }
    }
    double ratio = (weekday / weekdays) / Math.max(1.0, weekend / weekends);
    assertTrue(ratio > 4, "weekday/weekend requests per day: " + ratio);
  }

  @Test
  void sessionsStartInWorkingHoursInTheDevelopersZone() {
    Map<String, Row> firstOfSession = new HashMap<>();
    for (Row r : rows) {
      if (r.developer().equals("alice@example.com") || r.developer().equals("grace@example.com")) {
        firstOfSession.putIfAbsent(r.session(), r);
      }
    }
    long inHours =
        firstOfSession.values().stream()
            .map(r -> Instant.ofEpochMilli(r.millis()).atZone(NEW_YORK))
            .filter(t -> t.getHour() >= 6)
            .count();
    assertTrue(firstOfSession.size() > 20);
    assertTrue(inHours >= 0.95 * firstOfSession.size(), inHours + " of " + firstOfSession.size());
    ZonedDateTime earliest =
        firstOfSession.values().stream()
            .map(r -> Instant.ofEpochMilli(r.millis()).atZone(NEW_YORK))
            .min(java.util.Comparator.comparing(ZonedDateTime::toLocalTime))
            .orElseThrow();
    assertTrue(earliest.getHour() >= 6, "nobody starts before 6:30 local: " + earliest);
  }

  @Test
  void cacheReadsGrowTurnByTurnWithinASession() {
    Map<String, List<Row>> sessions = new HashMap<>();
    for (Row r : rows) {
      if (!r.sidechain()) {
        sessions.computeIfAbsent(r.session(), k -> new ArrayList<>()).add(r);
      }
    }
    int longSessions = 0;
    int growing = 0;
    int stepsUp = 0;
    int steps = 0;
    for (List<Row> s : sessions.values()) {
      if (s.size() < 12) {
        continue;
      }
      longSessions++;
      int third = s.size() / 3;
      double first = s.subList(0, third).stream().mapToLong(Row::read).average().orElse(0);
      double last =
          s.subList(s.size() - third, s.size()).stream().mapToLong(Row::read).average().orElse(0);
      growing += last > first ? 1 : 0;
      for (int i = 1; i < s.size(); i++) {
        steps++;
        stepsUp += s.get(i).read() >= s.get(i - 1).read() ? 1 : 0;
      }
    }
    assertTrue(longSessions > 50, "long sessions: " + longSessions);
    assertTrue(growing >= 0.85 * longSessions, growing + " of " + longSessions + " grow");
    assertTrue(stepsUp >= 0.85 * steps, stepsUp + " of " + steps + " turns read more");
  }

  @Test
  void oneHourCacheWritesDominate() {
    long w1h = rows.stream().mapToLong(Row::write1h).sum();
    long w5m = rows.stream().mapToLong(Row::write5m).sum();
    assertTrue(w1h > 4 * w5m, "1h " + w1h + " vs 5m " + w5m);
    assertTrue(w5m > 0, "subagents and some sessions write 5-minute cache");
    long reads = rows.stream().mapToLong(Row::read).sum();
    assertTrue(reads > 10 * (w1h + w5m), "most context is read from cache");
  }

  @Test
  void subagentsRunHaikuInSidechainFiles() {
    List<Row> side = rows.stream().filter(Row::sidechain).toList();
    assertTrue(side.size() > 100, "subagent calls: " + side.size());
    assertTrue(side.stream().allMatch(r -> r.file().contains("/subagents/agent-")));
    long haiku = side.stream().filter(r -> r.model().startsWith("claude-haiku-4-5")).count();
    assertTrue(haiku > side.size() / 2, haiku + " of " + side.size() + " on Haiku");
    assertTrue(rows.stream().noneMatch(r -> !r.sidechain() && r.file().contains("/subagents/")));
  }

  @Test
  void fastModeAndDataResidencyAppearOnModelsThatHaveThem() {
    List<Row> fast = rows.stream().filter(r -> "fast".equals(r.speed())).toList();
    assertTrue(!fast.isEmpty());
    assertTrue(
        fast.stream()
            .allMatch(
                r -> r.model().equals("claude-opus-4-6") || r.model().equals("claude-opus-5-5")));
    List<Row> us = rows.stream().filter(r -> "us".equals(r.geo())).toList();
    assertTrue(!us.isEmpty());
    assertTrue(us.stream().noneMatch(r -> r.model().contains("4-5")), "no residency before 4.6");
  }

  @Test
  void teamsBehaveDifferentlyAndHeavyUsersStandOut() {
    Map<String, String> team = new HashMap<>();
    for (Developer d : Roster.sample(new Draw(1)).developers()) {
      team.put(d.email(), d.team());
    }
    Map<String, Integer> perDeveloper = new HashMap<>();
    Map<String, long[]> sonnetOrHaiku = new HashMap<>();
    for (Row r : rows) {
      perDeveloper.merge(r.developer(), 1, Integer::sum);
      long[] c = sonnetOrHaiku.computeIfAbsent(team.get(r.developer()), k -> new long[2]);
      c[0] += r.model().contains("sonnet") || r.model().contains("haiku") ? 1 : 0;
      c[1]++;
    }
    double mobileShare = (double) sonnetOrHaiku.get("mobile")[0] / sonnetOrHaiku.get("mobile")[1];
    double dataShare = (double) sonnetOrHaiku.get("data")[0] / sonnetOrHaiku.get("data")[1];
    assertTrue(mobileShare > 0.4 && dataShare < 0.25, mobileShare + " vs " + dataShare);
    for (String other : List.of("bob", "dave", "erin", "frank")) {
      assertTrue(
          perDeveloper.get("alice@example.com") > perDeveloper.get(other + "@example.com"),
          "alice is platform's heavy user");
    }
  }

  @Test
  void theDataTeamOverrunsItsDailyBudgetUnderTheStarterPolicyAndNoOtherTeamDoes() throws Exception {
    Policy starter = new PolicyLoader(Map.of()).load(STARTER).orThrow();
    SpendReport report =
        new ReportService(new TraceLoader(2))
            .report(
                new ReportQuery(
                    LoadOptions.of(dir.resolve("logs")),
                    Grouping.parse("day,team"),
                    null,
                    null,
                    null,
                    List.of(),
                    List.of(),
                    starter));
    Map<String, Integer> daysOver = new HashMap<>();
    Map<String, Long> budget = Map.of("platform", 400L, "data", 300L, "mobile", 200L);
    for (SpendRow row : report.rows()) {
      String t = row.keys().get(0);
      if (row.totals().costMicros() > budget.get(t) * 1_000_000L) {
        daysOver.merge(t, 1, Integer::sum);
      }
    }
    assertTrue(daysOver.getOrDefault("data", 0) >= 3, "data over budget on " + daysOver);
    assertEquals(Map.of("data", daysOver.get("data")), daysOver, "only data overruns");
  }

  private long count(String sql) throws SQLException {
    try (Statement s = traces.store().connection().createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
