package dev.ccgate.simulator.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.ccgate.pricing.PriceTable;
import dev.ccgate.pricing.PriceTables;
import dev.ccgate.pricing.Usage;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The cache-aware projection, with numbers worked out by hand (prices per million tokens). */
class CacheProjectorTest {
  private static final String OPUS = "claude-opus-4-5"; // in 5, 1h write 10, read 0.50, out 25
  private static final String SONNET = "claude-sonnet-4-5"; // in 3, 1h write 6, read 0.30, out 15
  private static final long MINUTE = 60_000_000L;
  private static final Instant DAY = Instant.parse("2026-11-24T15:00:00Z");

  private final CacheProjector session = new CacheProjector(CacheModel.SESSION);
  private final PriceTable prices = PriceTables.builtin();

  private long micros(String model, Usage u) {
    return prices.costMicros(prices.resolve(model), u, DAY);
  }

  @Test
  void aMovedTurnWritesWhatItReadThenReadsItWithinTheHour() {
    CacheThread thread = new CacheThread();
    Usage first = Usage.of(10, 100, 0, 2_000, 50_000);
    Usage projected = session.project(thread, OPUS, SONNET, 0, first);
    // Sonnet never held this prompt: the 50,000 read tokens are 1-hour writes, like the turn's own.
    assertEquals(Usage.of(10, 100, 0, 52_000, 0), projected);
    // As logged on Opus: 10*5 + 100*25 + 2,000*10 + 50,000*0.5 = $0.047550.
    assertEquals(47_550, micros(OPUS, first));
    // Projected on Sonnet: 10*3 + 100*15 + 52,000*6 = $0.313530: the switch costs more at first.
    assertEquals(313_530, micros(SONNET, projected));

    Usage second = Usage.of(5, 200, 0, 1_000, 52_000);
    assertSame(second, session.project(thread, OPUS, SONNET, 2 * MINUTE, second));
    // 5*3 + 200*15 + 1,000*6 + 52,000*0.3 = $0.024615 on Sonnet, against $0.041025 on Opus.
    assertEquals(24_615, micros(SONNET, second));
    assertEquals(41_025, micros(OPUS, second));

    // 61 minutes after the last Sonnet turn its cache has lapsed: the reads are writes again.
    Usage third = Usage.of(5, 200, 0, 1_000, 53_000);
    assertEquals(
        Usage.of(5, 200, 0, 54_000, 0), session.project(thread, OPUS, SONNET, 63 * MINUTE, third));
  }

  @Test
  void fiveMinuteWritesKeepTheCacheFiveMinutesAndReadOnlyTurnsUseTheThreadsClass() {
    CacheThread thread = new CacheThread();
    assertEquals(
        Usage.of(1, 10, 4_300, 0, 0),
        session.project(thread, OPUS, SONNET, 0, Usage.of(1, 10, 300, 0, 4_000)));
    Usage readOnly = Usage.of(1, 10, 0, 0, 4_300);
    assertSame(readOnly, session.project(thread, OPUS, SONNET, 4 * MINUTE, readOnly));
    // Last used at minute 4; at minute 10 the 5-minute cache is gone: 5-minute writes.
    assertEquals(
        Usage.of(1, 10, 4_300, 0, 0), session.project(thread, OPUS, SONNET, 10 * MINUTE, readOnly));
  }

  @Test
  void theLogIsTheTruthUntilAThreadIsMovedButNotAfterwards() {
    CacheThread thread = new CacheThread();
    Usage logged = Usage.of(3, 50, 0, 100, 80_000);
    // Never moved: a turn on its logged model keeps its reads, even the thread's first one.
    assertSame(logged, session.project(thread, OPUS, OPUS, 0, logged));
    assertEquals(
        Usage.of(3, 50, 0, 80_100, 0), session.project(thread, OPUS, SONNET, MINUTE, logged));
    // Back on Opus within the hour of its last Opus turn: still cached there.
    assertSame(logged, session.project(thread, OPUS, OPUS, 30 * MINUTE, logged));
    // Moved again, then back on Opus two hours later: Opus's cache lapsed in the projection.
    session.project(thread, OPUS, SONNET, 40 * MINUTE, logged);
    assertEquals(
        Usage.of(3, 50, 0, 80_100, 0), session.project(thread, OPUS, OPUS, 150 * MINUTE, logged));
  }

  @Test
  void threadsDoNotShareACache() {
    CacheThread main = new CacheThread();
    CacheThread subagent = new CacheThread();
    Usage u = Usage.of(1, 1, 0, 10, 1_000);
    session.project(main, OPUS, SONNET, 0, u);
    assertEquals(Usage.of(1, 1, 0, 1_010, 0), session.project(subagent, OPUS, SONNET, MINUTE, u));
  }

  @Test
  void noCacheModelRepricesTheSameCounts() {
    Usage u = Usage.of(10, 100, 0, 2_000, 50_000);
    assertSame(
        u, new CacheProjector(CacheModel.NONE).project(new CacheThread(), OPUS, SONNET, 0, u));
  }

  @Test
  void cacheModelsAreNamedOnTheCommandLine() {
    assertEquals(CacheModel.SESSION, CacheModel.of("session"));
    assertEquals(CacheModel.NONE, CacheModel.of(" NONE "));
    assertEquals("session", CacheModel.SESSION.id());
  }
}
