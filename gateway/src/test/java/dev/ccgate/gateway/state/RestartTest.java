package dev.ccgate.gateway.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.anthropic.errors.RateLimitException;
import com.anthropic.models.messages.MessageCreateParams;
import dev.ccgate.gateway.FakeUpstream.Tokens;
import dev.ccgate.gateway.GatewayHarness;
import dev.ccgate.gateway.RawClient;
import dev.ccgate.gateway.TestPolicies;
import dev.ccgate.gateway.admin.AdminOptions;
import dev.ccgate.kernel.Action;
import dev.ccgate.kernel.WalletId;
import dev.ccgate.policy.Period;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A restart on the same state directory never forgets spend. */
class RestartTest {
  private static final WalletId TEAM_DAY = WalletId.team("platform", Period.DAILY);
  private static final String ADMIN_TOKEN = "restart-admin-token";

  @TempDir Path state;

  private static MessageCreateParams params() {
    return MessageCreateParams.builder()
        .model("claude-opus-4-5")
        .maxTokens(1024)
        .addUserMessage("hi")
        .build();
  }

  @Test
  void spendSurvivesStopAndStartAndAPausedWalletStaysPaused() throws Exception {
    try (GatewayHarness h = GatewayHarness.start(state, TestPolicies.starter("1", false))) {
      h.upstream.tokens(new Tokens(1111, 222, 2000, 3333, 50_000));
      h.sdk(h.aliceKey).messages().create(params());
      long before = h.gateway().ledger().spentAt(TEAM_DAY, GatewayHarness.NOW);
      assertTrue(before > 1_100_000, "past the 110% pause stage of $1: " + before);

      h.restart();
      assertEquals(1, h.gateway().replayed().records());
      assertEquals(before, h.gateway().ledger().spentAt(TEAM_DAY, GatewayHarness.NOW));
      var client = h.sdk(h.bobKey);
      org.junit.jupiter.api.Assertions.assertThrows(
          RateLimitException.class, () -> client.messages().create(params()));
      assertEquals(Action.PAUSE, h.awaitDecisions(2).get(1).action());
      assertEquals(1, h.upstream.received().size());
    }
  }

  @Test
  void aLineTornByAKillIsSkippedAndCountedWithoutLosingSettledSpend() throws Exception {
    try (GatewayHarness h = GatewayHarness.start(state, TestPolicies.starter())) {
      var client = h.sdk(h.aliceKey);
      client.messages().create(params());
      client.messages().create(params());
      long settled = h.gateway().ledger().spentAt(TEAM_DAY, GatewayHarness.NOW);
      Path today = DecisionLog.fileFor(state, LocalDate.parse("2026-11-24"));
      h.gateway().close(); // what is left of the process after a kill -9 mid-write:
      Files.writeString(
          today,
          "{\"time\":\"2026-11-24T15:00:00Z\",\"request_id\":\"req_",
          StandardCharsets.UTF_8,
          StandardOpenOption.APPEND);

      h.restart();
      client = h.sdk(h.aliceKey); // the new gateway listens on a new port
      ReplayReport replayed = h.gateway().replayed();
      assertEquals(2, replayed.records());
      assertEquals(1, replayed.torn());
      assertEquals(settled, h.gateway().ledger().spentAt(TEAM_DAY, GatewayHarness.NOW));
      client.messages().create(params());
      assertEquals(3, h.awaitDecisions(3).size(), "the next line starts clean");
    }
  }

  @Test
  void creditsAndResetsSurviveARestartInTheirPlaceAmongTheRequests() throws Exception {
    AdminOptions admin = new AdminOptions(ADMIN_TOKEN, null);
    try (GatewayHarness h = GatewayHarness.start(state, TestPolicies.starter(), admin)) {
      RawClient raw = new RawClient(h.url());
      raw.post("/v1/messages", h.aliceKey, RawClient.body("claude-opus-4-5", false));
      raw.post("/v1/messages", h.aliceKey, RawClient.body("claude-opus-4-5", false));
      long perRequest = h.gateway().ledger().spentAt(TEAM_DAY, GatewayHarness.NOW) / 2;
      assertTrue(perRequest > 20_000, "each request costs more than the credit");
      assertEquals(200, admin(raw, "team:platform:daily/credit", "{\"usd\": \"0.02\"}"));
      // A request after the credit: a rebuild must apply the credit before it, not after.
      raw.post("/v1/messages", h.bobKey, RawClient.body("claude-opus-4-5", false));
      long credited = 3 * perRequest - 20_000;
      assertEquals(credited, h.gateway().ledger().spentAt(TEAM_DAY, GatewayHarness.NOW));
      raw.close();

      h.restart();
      assertEquals(3, h.gateway().replayed().records());
      assertEquals(1, h.gateway().replayed().adjustments());
      assertEquals(credited, h.gateway().ledger().spentAt(TEAM_DAY, GatewayHarness.NOW));
      WalletId org = WalletId.team("platform", Period.MONTHLY);
      assertEquals(
          3 * perRequest,
          h.gateway().ledger().spentAt(org, GatewayHarness.NOW),
          "other wallets keep their spend");

      raw = new RawClient(h.url());
      assertEquals(200, admin(raw, "team:platform:daily/reset", null));
      raw.post("/v1/messages", h.aliceKey, RawClient.body("claude-opus-4-5", false));
      raw.close();
      h.restart();
      assertEquals(2, h.gateway().replayed().adjustments());
      assertEquals(perRequest, h.gateway().ledger().spentAt(TEAM_DAY, GatewayHarness.NOW));
      assertEquals(4, h.decisions().size(), "adjustments are not decisions");

      // The next day the daily wallet starts from zero; the monthly one still holds everything.
      h.clock.advance(java.time.Duration.ofDays(1));
      h.restart();
      assertEquals(4 * perRequest, h.gateway().ledger().spentAt(org, h.clock.instant()));
    }
  }

  @Test
  void aCreditThatCannotBeRecordedIsRefusedAndChangesNothing() throws Exception {
    AdminOptions admin = new AdminOptions(ADMIN_TOKEN, null);
    try (GatewayHarness h = GatewayHarness.start(state, TestPolicies.starter(), admin);
        RawClient raw = new RawClient(h.url())) {
      raw.post("/v1/messages", h.aliceKey, RawClient.body("claude-opus-4-5", false));
      long spent = h.gateway().ledger().spentAt(TEAM_DAY, GatewayHarness.NOW);
      // 20:00 in New York (the same budget day) is the next UTC day: a new log file, which here
      // cannot be created (a directory stands in its way, as a full disk would).
      h.clock.advance(java.time.Duration.ofHours(10));
      Path tomorrow =
          Files.createDirectory(DecisionLog.fileFor(state, LocalDate.parse("2026-11-25")));
      assertEquals(500, admin(raw, "team:platform:daily/reset", null));
      assertEquals(spent, h.gateway().ledger().spentAt(TEAM_DAY, h.clock.instant()));

      Files.delete(tomorrow);
      assertEquals(200, admin(raw, "team:platform:daily/reset", null));
      assertEquals(0, h.gateway().ledger().spentAt(TEAM_DAY, h.clock.instant()));
    }
  }

  private static int admin(RawClient raw, String walletAction, String body) throws Exception {
    var r = raw.request("POST", "/admin/wallets/" + walletAction);
    r.headers(x -> x.put("authorization", "Bearer " + ADMIN_TOKEN));
    if (body != null) {
      r.body(
          new org.eclipse.jetty.client.BytesRequestContent(
              "application/json", body.getBytes(StandardCharsets.UTF_8)));
    }
    return r.send().getStatus();
  }
}
