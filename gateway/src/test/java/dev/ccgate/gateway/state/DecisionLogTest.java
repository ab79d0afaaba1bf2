package dev.ccgate.gateway.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ccgate.decision.DecisionLogCodec;
import dev.ccgate.decision.DecisionRecord;
import dev.ccgate.gateway.MutableClock;
import dev.ccgate.gateway.TestPolicies;
import dev.ccgate.kernel.Action;
import dev.ccgate.kernel.Kernel;
import dev.ccgate.kernel.WalletId;
import dev.ccgate.policy.Period;
import dev.ccgate.pricing.Usage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DecisionLogTest {
  @TempDir Path dir;

  private static DecisionRecord record(String id, Instant time, long costMicros) {
    return new DecisionRecord(
        time,
        id,
        "s",
        "alice@example.com",
        "platform",
        "claude-opus-4-5",
        "claude-opus-4-5",
        Action.ALLOW,
        List.of(),
        Usage.of(1, 2, 0, 0, 0),
        false,
        costMicros,
        costMicros,
        "gateway");
  }

  @Test
  void rotatesByTheUtcDayALineIsWritten() throws Exception {
    MutableClock clock = new MutableClock(Instant.parse("2026-11-24T23:59:59Z"));
    try (DecisionLog log = new DecisionLog(dir, clock)) {
      log.append(record("r1", clock.instant(), 1));
      clock.set(Instant.parse("2026-11-25T00:00:01Z"));
      // A request that arrived before midnight but finished after lands in the new day's file.
      log.append(record("r2", Instant.parse("2026-11-24T23:59:58Z"), 2));
    }
    List<String> day1 = Files.readAllLines(DecisionLog.fileFor(dir, LocalDate.parse("2026-11-24")));
    List<String> day2 = Files.readAllLines(DecisionLog.fileFor(dir, LocalDate.parse("2026-11-25")));
    assertEquals(1, day1.size());
    assertEquals("r1", DecisionLogCodec.read(day1.get(0)).requestId());
    assertEquals("r2", DecisionLogCodec.read(day2.get(0)).requestId());
  }

  @Test
  void replaySkipsATornLastLineAndTheNextAppendStartsClean() throws Exception {
    MutableClock clock = new MutableClock(Instant.parse("2026-11-24T15:00:00Z"));
    try (DecisionLog log = new DecisionLog(dir, clock)) {
      log.append(record("r1", clock.instant(), 10_000_000));
      log.append(record("r2", clock.instant(), 20_000_000));
    }
    Path file = DecisionLog.fileFor(dir, LocalDate.parse("2026-11-24"));
    String torn = DecisionLogCodec.write(record("r3", clock.instant(), 40_000_000));
    Files.writeString(
        file,
        torn.substring(0, torn.length() / 2),
        StandardCharsets.UTF_8,
        StandardOpenOption.APPEND);

    LedgerGuard guard = new LedgerGuard(new Kernel(TestPolicies.starter()));
    ReplayReport report = LedgerReplay.replay(dir, guard, clock.instant());
    assertEquals(new ReplayReport(1, 2, 30_000_000, 0, 1, 0), report);
    assertEquals(
        30_000_000, guard.spentAt(WalletId.team("platform", Period.DAILY), clock.instant()));

    try (DecisionLog log = new DecisionLog(dir, clock)) {
      log.append(record("r4", clock.instant(), 1));
    }
    List<String> lines = Files.readAllLines(file);
    assertEquals(3, lines.size());
    assertEquals("r4", DecisionLogCodec.read(lines.get(2)).requestId());
  }

  @Test
  void replayReadsOnlyFilesThatCanHoldACurrentPeriod() throws Exception {
    MutableClock clock = new MutableClock(Instant.parse("2026-10-20T15:00:00Z"));
    try (DecisionLog log = new DecisionLog(dir, clock)) {
      log.append(record("old", clock.instant(), 5_000_000));
      clock.set(Instant.parse("2026-11-24T15:00:00Z"));
      log.append(record("new", clock.instant(), 7_000_000));
    }
    Files.writeString(dir.resolve("notes.txt"), "not a log");
    LedgerGuard guard = new LedgerGuard(new Kernel(TestPolicies.starter()));
    ReplayReport report = LedgerReplay.replay(dir, guard, clock.instant());
    assertEquals(1, report.files());
    assertEquals(7_000_000, report.costMicros());
    assertEquals(
        7_000_000, guard.spentAt(WalletId.team("platform", Period.MONTHLY), clock.instant()));
  }

  @Test
  void theFirstFileReadCoversAWeekThatStartedLastMonth() {
    // Sunday 2026-11-01 in New York: the week began on Monday 2026-10-26.
    LocalDate first =
        LedgerReplay.firstDay(
            new dev.ccgate.kernel.PeriodCalendar(java.time.ZoneId.of("America/New_York")),
            Instant.parse("2026-11-01T18:00:00Z"));
    assertEquals(LocalDate.parse("2026-10-26"), first);
    assertTrue(first.isBefore(LocalDate.parse("2026-11-01")));
  }
}
