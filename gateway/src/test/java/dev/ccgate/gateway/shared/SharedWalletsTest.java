package dev.ccgate.gateway.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ccgate.decision.DecisionLogCodec;
import dev.ccgate.decision.DecisionRecord;
import dev.ccgate.gateway.FakeUpstream.Tokens;
import dev.ccgate.gateway.Gateway;
import dev.ccgate.gateway.GatewayConfig;
import dev.ccgate.gateway.GatewayHarness;
import dev.ccgate.gateway.RawClient;
import dev.ccgate.gateway.TestPolicies;
import dev.ccgate.gateway.admin.AdminOptions;
import dev.ccgate.gateway.alert.AlertOptions;
import dev.ccgate.gateway.identity.KeysFile;
import dev.ccgate.kernel.Action;
import dev.ccgate.kernel.PeriodCalendar;
import dev.ccgate.kernel.WalletId;
import dev.ccgate.policy.Period;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.eclipse.jetty.client.BytesRequestContent;
import org.eclipse.jetty.client.ContentResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two live gateways sharing wallets through one real Redis: spend, pauses, alerts, periods, admin
 * resets and a Redis outage, seen from both instances.
 */
@Timeout(120) // a guard against a hang, not a timing assertion
class SharedWalletsTest {
  private static final WalletId DAY = WalletId.team("platform", Period.DAILY);
  private static final WalletId MONTH = WalletId.team("platform", Period.MONTHLY);
  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  private static final String DAY_KEY = dayKey(TwoGateways.START);

  /**
   * This month a year ahead: the period tests pick their days in it, so they do not depend on
   * today's date, and Redis (which expires keys by its real clock) sees no past periods.
   */
  private static final YearMonth YEAR_AHEAD = YearMonth.now(ZoneOffset.UTC).plusYears(1);

  /** About $0.105 a request on Haiku 4.5, so a $1 day pauses after about ten. */
  private static final Tokens TOKENS = new Tokens(100_000, 0, 0, 0, 1_000);

  @TempDir Path dir;

  private TwoGateways start(RedisProcess redis, String dailyBudget) throws Exception {
    return start(redis, dailyBudget, TwoGateways.START);
  }

  private TwoGateways start(RedisProcess redis, String dailyBudget, Instant clockStart)
      throws Exception {
    // Generous timeouts: these tests assert what happens while Redis answers, even on a busy box.
    TwoGateways g =
        new TwoGateways(
            dir,
            TestPolicies.starter(dailyBudget, false),
            RedisOptions.of(redis.url()).withTimeouts(Duration.ofSeconds(3), Duration.ofSeconds(1)),
            clockStart);
    g.upstream.tokens(TOKENS);
    return g;
  }

  /** The daily team wallet's key for the New York day of {@code t}. */
  private static String dayKey(Instant t) {
    return "ccgate:{default}:wallet:team:platform:daily:" + LocalDate.ofInstant(t, NEW_YORK);
  }

  private TwoGateways start(RedisOptions options, String dailyBudget) throws Exception {
    TwoGateways g = new TwoGateways(dir, TestPolicies.starter(dailyBudget, false), options);
    g.upstream.tokens(TOKENS);
    return g;
  }

  @Test
  void spendThroughEitherInstanceIsSeenByBoth() throws Exception {
    try (RedisProcess redis = RedisProcess.start(dir);
        TwoGateways g = start(redis, "100")) {
      assertEquals(200, TwoGateways.ask(g.toA, g.aliceKey).getStatus());
      assertEquals(200, TwoGateways.ask(g.toB, g.bobKey).getStatus());
      assertEquals(200, TwoGateways.ask(g.toB, g.aliceKey).getStatus());

      long total = sum(costs("a")) + sum(costs("b"));
      assertEquals(3, costs("a").size() + costs("b").size());
      assertTrue(total > 0);
      for (Gateway gw : List.of(g.a, g.b)) {
        assertEquals(total, spent(g, gw, DAY));
        assertEquals(total, spent(g, gw, MONTH));
      }
      assertEquals(Long.toString(total), get(redis, DAY_KEY));
    }
  }

  @Test
  void aPauseReachedThroughOneInstanceAppliesToTheOther() throws Exception {
    try (RedisProcess redis = RedisProcess.start(dir);
        TwoGateways g = start(redis, "1")) {
      int allowed = untilPaused(g.toA, g.aliceKey);
      assertTrue(allowed > 1, "paused only after some spend: " + allowed);
      int upstreamBefore = g.upstream.received().size();

      ContentResponse r = TwoGateways.ask(g.toB, g.bobKey);

      assertEquals(429, r.getStatus());
      assertTrue(r.getContentAsString().contains("\"billing_error\""), r.getContentAsString());
      assertEquals(upstreamBefore, g.upstream.received().size(), "nothing went upstream");
      List<DecisionRecord> onB = records("b");
      assertEquals(1, onB.size());
      assertEquals(Action.PAUSE, onB.get(0).action());
    }
  }

  @Test
  void eachStageAlertsOnceAcrossBothInstances() throws Exception {
    try (RedisProcess redis = RedisProcess.start(dir);
        TwoGateways g = start(redis, "1")) {
      // Both instances spend at once, each until it is paused.
      CompletableFuture<Integer> viaA =
          CompletableFuture.supplyAsync(() -> spend(g.toA, g.aliceKey));
      CompletableFuture<Integer> viaB = CompletableFuture.supplyAsync(() -> spend(g.toB, g.bobKey));
      assertTrue(viaA.get() + viaB.get() > 2);

      // The starter stages: 80 % alert, 95 % downgrade, 110 % pause on the daily team wallet.
      // Alerts are claimed and queued while a request settles, so once both loops are answered a
      // duplicate would be queued already: wait for both queues to drain, then count.
      long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
      while ((delivered(g) < 3 || g.a.alerts().pending() + g.b.alerts().pending() > 0)
          && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
      assertEquals(3, delivered(g), "one alert per stage across both instances");
      assertEquals(0, g.a.alerts().failed() + g.b.alerts().failed());
      assertEquals(
          3,
          keys(
                  redis,
                  "ccgate:{default}:stage:team:platform:daily:"
                      + LocalDate.ofInstant(TwoGateways.START, NEW_YORK)
                      + ":*")
              .size());
    }
  }

  @Test
  void aRepeatedSettleOfOneRequestIdCountsOnce() throws Exception {
    try (RedisProcess redis = RedisProcess.start(dir);
        RedisWalletStore store = RedisWalletStore.connect(RedisOptions.of(redis.url()))) {
      var calendar = new PeriodCalendar(NEW_YORK);
      List<WalletId> ids = List.of(DAY, MONTH);

      long[] first = store.add("req_1", ids, calendar, TwoGateways.START, 700);
      long[] again = store.add("req_1", ids, calendar, TwoGateways.START, 700);
      long[] other = store.add("req_2", ids, calendar, TwoGateways.START, 300);

      assertEquals(List.of(700L, 700L), List.of(first[0], first[1]));
      assertEquals(List.of(700L, 700L), List.of(again[0], again[1]));
      assertEquals(List.of(1000L, 1000L), List.of(other[0], other[1]));
      long[] read = store.read(ids, calendar, TwoGateways.START);
      assertEquals(List.of(1000L, 1000L), List.of(read[0], read[1]));
      assertEquals("1000", get(redis, DAY_KEY));
      // The request markers are bounded in memory: each goes a day after its request.
      long markerTtl = ttl(redis, "ccgate:{default}:settled:req_1");
      assertTrue(markerTtl > 0 && markerTtl <= Duration.ofDays(2).toSeconds(), "ttl " + markerTtl);
    }
  }

  @Test
  void aNewDayStartsAtZeroWhileTheMonthGoesOn() throws Exception {
    // The 14th of a month a year ahead, 10:00 in New York: the next day is in the same month.
    Instant start = at10InNewYork(YEAR_AHEAD.atDay(14));
    try (RedisProcess redis = RedisProcess.start(dir);
        TwoGateways g = start(redis, "1", start)) {
      untilPaused(g.toA, g.aliceKey);
      long yesterday = sum(costs("a"));
      assertEquals(429, TwoGateways.ask(g.toB, g.bobKey).getStatus());

      g.clock.advance(Duration.ofDays(1)); // a new day in New York

      assertEquals(200, TwoGateways.ask(g.toB, g.bobKey).getStatus());
      long today = costs("b").get(costs("b").size() - 1);
      for (Gateway gw : List.of(g.a, g.b)) {
        assertEquals(today, spent(g, gw, DAY), "the new day starts at 0");
        assertEquals(yesterday + today, spent(g, gw, MONTH), "the month goes on");
      }
      // Yesterday's key was not touched and goes by itself: its TTL runs two days past its end.
      assertEquals(Long.toString(yesterday), get(redis, dayKey(start)));
      // Redis counts the TTL down on its real clock, so the bound is the key's expiry instant.
      long ttl = ttl(redis, dayKey(start));
      Instant expires =
          LocalDate.ofInstant(start, NEW_YORK).plusDays(3).atStartOfDay(NEW_YORK).toInstant();
      long expected = Duration.between(Instant.now(), expires).toSeconds();
      assertTrue(Math.abs(ttl - expected) <= 60, "ttl " + ttl + ", expected about " + expected);
      assertEquals(Long.toString(today), get(redis, dayKey(start.plus(Duration.ofDays(1)))));
    }
  }

  @Test
  void aNewMonthStartsTheMonthlyWalletAtZeroToo() throws Exception {
    // The last day of a month a year ahead, 10:00 in New York: the next day opens a new month.
    Instant start = at10InNewYork(YEAR_AHEAD.atEndOfMonth());
    try (RedisProcess redis = RedisProcess.start(dir);
        TwoGateways g = start(redis, "1", start)) {
      untilPaused(g.toA, g.aliceKey);
      assertEquals(429, TwoGateways.ask(g.toB, g.bobKey).getStatus());

      g.clock.advance(Duration.ofDays(1));

      assertEquals(200, TwoGateways.ask(g.toB, g.bobKey).getStatus());
      long today = costs("b").get(costs("b").size() - 1);
      for (Gateway gw : List.of(g.a, g.b)) {
        assertEquals(today, spent(g, gw, DAY), "the new day starts at 0");
        assertEquals(today, spent(g, gw, MONTH), "the new month starts at 0 too");
      }
    }
  }

  private static Instant at10InNewYork(LocalDate day) {
    return day.atTime(10, 0).atZone(NEW_YORK).toInstant();
  }

  @Test
  void aResetOrCreditThroughOneInstanceAppliesOnBoth() throws Exception {
    try (RedisProcess redis = RedisProcess.start(dir);
        TwoGateways g = start(redis, "1")) {
      untilPaused(g.toA, g.aliceKey);

      ContentResponse reset = admin(g.toB, "/admin/wallets/team:platform:daily/reset", null);
      assertEquals(200, reset.getStatus(), reset.getContentAsString());
      assertEquals(0, spent(g, g.a, DAY));
      assertEquals(200, TwoGateways.ask(g.toA, g.aliceKey).getStatus(), "no longer paused on A");
      long cost = costs("a").get(costs("a").size() - 1);
      assertEquals(cost, spent(g, g.b, DAY));

      ContentResponse credit =
          admin(g.toA, "/admin/wallets/team:platform:daily/credit", "{\"usd\":\"0.05\"}");
      assertEquals(200, credit.getStatus(), credit.getContentAsString());
      assertEquals(Math.max(0, cost - 50_000), spent(g, g.b, DAY));
      assertEquals(Long.toString(Math.max(0, cost - 50_000)), get(redis, DAY_KEY));
    }
  }

  @Test
  void whenRedisIsDownBothInstancesServeOnTheirOwnLedgersAndCatchUpAfter() throws Exception {
    try (RedisProcess redis = RedisProcess.start(dir);
        TwoGateways g =
            start(
                RedisOptions.of(redis.url())
                    .withTimeouts(Duration.ofMillis(250), Duration.ofMillis(200)),
                "100")) {
      TwoGateways.ask(g.toA, g.aliceKey);
      TwoGateways.ask(g.toB, g.bobKey);
      long before = sum(costs("a")) + sum(costs("b"));
      assertEquals(before, spent(g, g.a, DAY)); // A's last view of the shared spend

      redis.stop();
      for (int i = 0; i < 3; i++) {
        assertEquals(200, TwoGateways.ask(g.toA, g.aliceKey).getStatus());
        assertEquals(200, TwoGateways.ask(g.toB, g.bobKey).getStatus());
      }
      List<Long> outageA = costs("a").subList(1, 4);
      List<Long> outageB = costs("b").subList(1, 4);
      // Fail-open: A decides on its last view plus what it settled itself.
      assertEquals(before + sum(outageA), spent(g, g.a, DAY));
      String metrics = g.toA.request("GET", "/metrics").send().getContentAsString();
      assertTrue(metrics.contains("ccgate_redis_up 0"), metrics);
      assertTrue(metrics.contains("ccgate_redis_backlog 3"), metrics);
      ContentResponse credit =
          admin(g.toA, "/admin/wallets/team:platform:daily/credit", "{\"usd\":\"1\"}");
      assertEquals(503, credit.getStatus(), "a credit is refused, not applied to one instance");

      redis.startAgain(); // empty: it kept nothing
      awaitBacklogs(g);
      // Every cost settled in the outage was added, once.
      assertEquals(Long.toString(sum(outageA) + sum(outageB)), get(redis, DAY_KEY));
      assertEquals(200, TwoGateways.ask(g.toA, g.aliceKey).getStatus());
      assertEquals(
          sum(outageA) + sum(outageB) + costs("a").get(4), spent(g, g.b, DAY), "shared again");
      String after = g.toB.request("GET", "/metrics").send().getContentAsString();
      assertTrue(after.contains("ccgate_redis_up 1"), after);
    }
  }

  @Test
  void whenRedisHangsRequestsStillAnswerAndNoCostIsCountedTwice() throws Exception {
    try (RedisProcess redis = RedisProcess.start(dir);
        TwoGateways g =
            start(
                RedisOptions.of(redis.url())
                    .withTimeouts(Duration.ofMillis(250), Duration.ofMillis(300)),
                "100")) {
      assertEquals(200, TwoGateways.ask(g.toA, g.aliceKey).getStatus());

      redis.freeze();
      for (int i = 0; i < 4; i++) {
        assertEquals(200, TwoGateways.ask(g.toA, g.aliceKey).getStatus());
        assertEquals(200, TwoGateways.ask(g.toB, g.bobKey).getStatus());
      }
      String metrics = g.toA.request("GET", "/metrics").send().getContentAsString();
      assertTrue(metrics.contains("ccgate_redis_up 0"), metrics);

      // Commands that timed out may reach Redis late, when it thaws, and so do their retries from
      // the
      // backlog: the request id lets each cost count once.
      redis.thaw();
      awaitBacklogs(g);
      long all = sum(costs("a")) + sum(costs("b"));
      assertEquals(9, costs("a").size() + costs("b").size());
      assertEquals(Long.toString(all), get(redis, DAY_KEY));
      assertEquals(all, spent(g, g.b, DAY));
    }
  }

  @Test
  void aGatewayRefusesToStartWhenRedisCannotBeReached() throws Exception {
    RedisProcess redis = RedisProcess.start(dir);
    redis.stop();
    KeysFile keys = new KeysFile(Map.of());
    GatewayConfig config =
        GatewayConfig.defaults(dir.resolve("state"), GatewayHarness.UPSTREAM_KEY)
            .withListen("127.0.0.1", 0);
    IOException e =
        assertThrows(
            IOException.class,
            () ->
                Gateway.start(
                    TestPolicies.starter(),
                    keys,
                    config,
                    AlertOptions.defaults(),
                    AdminOptions.NONE,
                    RedisOptions.of("redis://:secret@127.0.0.1:" + redis.port() + "/0")));
    assertTrue(
        e.getMessage().startsWith("cannot reach Redis at redis://***@127.0.0.1:" + redis.port()),
        e.getMessage());
    assertTrue(!e.getMessage().contains("secret"));
  }

  // --- helpers

  /** Waits (up to 20 s) until both instances have added their backlogs to Redis. */
  private static void awaitBacklogs(TwoGateways g) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while ((g.a.ledger().store().status().backlog() > 0
            || g.b.ledger().store().status().backlog() > 0)
        && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
    assertEquals(
        0, g.a.ledger().store().status().backlog() + g.b.ledger().store().status().backlog());
  }

  /** Asks through {@code via} until paused (at most 100 times); how many were let through. */
  private static int untilPaused(RawClient via, String key) throws Exception {
    for (int n = 0; n < 100; n++) {
      int status = TwoGateways.ask(via, key).getStatus();
      if (status == 429) {
        return n;
      }
      assertEquals(200, status);
    }
    throw new AssertionError("never paused");
  }

  private static int spend(RawClient via, String key) {
    try {
      return untilPaused(via, key);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static long delivered(TwoGateways g) {
    return g.a.alerts().delivered() + g.b.alerts().delivered();
  }

  /** The spend of {@code id} as instance {@code gw} reports it now. */
  private static long spent(TwoGateways g, Gateway gw, WalletId id) {
    return gw.ledger().wallets(g.clock.instant()).stream()
        .filter(w -> w.id().equals(id))
        .findFirst()
        .orElseThrow()
        .spentMicros();
  }

  private static ContentResponse admin(RawClient via, String path, String body) throws Exception {
    var r =
        via.request("POST", path)
            .headers(h -> h.put("authorization", "Bearer " + TwoGateways.ADMIN_TOKEN));
    if (body != null) {
      r.body(new BytesRequestContent("application/json", body.getBytes(StandardCharsets.UTF_8)));
    }
    return r.send();
  }

  private List<DecisionRecord> records(String instance) throws IOException {
    List<DecisionRecord> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir.resolve(instance))) {
      for (Path f :
          files
              .filter(p -> p.getFileName().toString().startsWith("decisions-"))
              .sorted()
              .toList()) {
        for (String line : Files.readAllLines(f)) {
          out.add(DecisionLogCodec.read(line));
        }
      }
    }
    return out;
  }

  /** The cost of each request instance {@code instance} logged, in order. */
  private List<Long> costs(String instance) throws IOException {
    return records(instance).stream().map(DecisionRecord::costMicros).toList();
  }

  private static long sum(List<Long> costs) {
    return costs.stream().mapToLong(Long::longValue).sum();
  }

  private static <T> T redis(
      RedisProcess redis,
      java.util.function.Function<io.lettuce.core.api.sync.RedisCommands<String, String>, T> f) {
    RedisClient client = RedisClient.create(redis.url());
    try (StatefulRedisConnection<String, String> c = client.connect()) {
      return f.apply(c.sync());
    } finally {
      client.shutdown(0, 2, java.util.concurrent.TimeUnit.SECONDS);
    }
  }

  private static String get(RedisProcess redis, String key) {
    return redis(redis, r -> r.get(key));
  }

  private static long ttl(RedisProcess redis, String key) {
    return redis(redis, r -> r.ttl(key));
  }

  private static List<String> keys(RedisProcess redis, String pattern) {
    return redis(redis, r -> r.keys(pattern));
  }
}
