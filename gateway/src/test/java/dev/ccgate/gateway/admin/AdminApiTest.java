package dev.ccgate.gateway.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ccgate.decision.DecisionRecord;
import dev.ccgate.gateway.GatewayHarness;
import dev.ccgate.gateway.RawClient;
import dev.ccgate.gateway.TestPolicies;
import dev.ccgate.kernel.WalletId;
import dev.ccgate.policy.Period;
import dev.ccgate.policy.load.PolicyLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.client.BytesRequestContent;
import org.eclipse.jetty.client.ContentResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The admin API on a live gateway: token, wallets, reload, credit, reset, recent decisions. */
class AdminApiTest {
  private static final String TOKEN = "admin-secret-token";
  private static final WalletId TEAM_DAY = WalletId.team("platform", Period.DAILY);

  @TempDir Path state;
  @TempDir Path config;

  private GatewayHarness start(String dailyBudget) throws Exception {
    Path policy = config.resolve("policy.yaml");
    Files.writeString(policy, TestPolicies.starterYaml(dailyBudget, false, "{type: log}"));
    return GatewayHarness.start(
        state,
        TestPolicies.starter(dailyBudget, false),
        new AdminOptions(TOKEN, () -> new PolicyLoader(Map.of()).load(policy)));
  }

  private static ContentResponse call(
      RawClient raw, String method, String path, String token, String body) throws Exception {
    var r = raw.request(method, path);
    if (token != null) {
      r.headers(h -> h.put("authorization", "Bearer " + token));
    }
    if (body != null) {
      r.body(new BytesRequestContent("application/json", body.getBytes(StandardCharsets.UTF_8)));
    }
    return r.send();
  }

  @Test
  void walletsListEveryBudgetedWalletWithSpendLimitPercentAndReset() throws Exception {
    try (GatewayHarness h = start("100");
        RawClient raw = new RawClient(h.url())) {
      raw.post("/v1/messages", h.aliceKey, RawClient.body("claude-opus-4-5", false));
      ContentResponse r = call(raw, "GET", "/admin/wallets", TOKEN, null);
      assertEquals(200, r.getStatus());
      String json = r.getContentAsString();
      assertTrue(json.startsWith("{\"wallets\":[{\"id\":\"team:platform:daily\""), json);
      assertTrue(json.contains("\"limit_usd\":100.000000"), json);
      assertTrue(json.contains("\"reset_at\":\"2026-11-25T05:00:00Z\""), json);
      assertTrue(json.contains("\"id\":\"team:platform:monthly\""), json);
      long spent = h.gateway().ledger().spentAt(TEAM_DAY, GatewayHarness.NOW);
      assertTrue(json.contains("\"spent_usd\":" + dev.ccgate.policy.Money.usd(spent)), json);
    }
  }

  @Test
  void aMissingOrWrongTokenGets401InTheAnthropicShapeAndNoTokenMeansNoApi() throws Exception {
    try (GatewayHarness h = start("100");
        RawClient raw = new RawClient(h.url())) {
      for (String token : new String[] {null, "wrong", TOKEN + "x", h.aliceKey}) {
        ContentResponse r = call(raw, "GET", "/admin/wallets", token, null);
        assertEquals(401, r.getStatus(), String.valueOf(token));
        assertTrue(
            r.getContentAsString()
                .startsWith("{\"type\":\"error\",\"error\":{\"type\":\"authentication_error\""),
            r.getContentAsString());
      }
      assertEquals(200, call(raw, "GET", "/healthz", null, null).getStatus(), "still serving");
    }
    try (GatewayHarness h = GatewayHarness.start(state, TestPolicies.starter());
        RawClient raw = new RawClient(h.url())) {
      ContentResponse r = call(raw, "GET", "/admin/wallets", TOKEN, null);
      assertEquals(404, r.getStatus());
      assertTrue(r.getContentAsString().contains("\"not_found_error\""), r.getContentAsString());
    }
  }

  @Test
  void aReloadAppliesAValidPolicyAndRefusesABadOneKeepingTheOld() throws Exception {
    try (GatewayHarness h = start("100");
        RawClient raw = new RawClient(h.url())) {
      Path policy = config.resolve("policy.yaml");
      Files.writeString(policy, TestPolicies.starterYaml("1", false, "{type: log}"));
      ContentResponse ok = call(raw, "POST", "/admin/reload", TOKEN, null);
      assertEquals(200, ok.getStatus(), ok.getContentAsString());
      assertTrue(ok.getContentAsString().startsWith("{\"applied\":true"), ok.getContentAsString());
      assertTrue(
          call(raw, "GET", "/admin/wallets", TOKEN, null)
              .getContentAsString()
              .contains("\"limit_usd\":1.000000"));

      Files.writeString(policy, "version: 1\ntimezone: Mars/Olympus\nteams: {}\n");
      ContentResponse bad = call(raw, "POST", "/admin/reload", TOKEN, null);
      assertEquals(422, bad.getStatus());
      String refused = bad.getContentAsString();
      assertTrue(
          refused.startsWith("{\"applied\":false,\"problems\":[{\"severity\":\"error\""), refused);
      assertTrue(
          call(raw, "GET", "/admin/wallets", TOKEN, null)
              .getContentAsString()
              .contains("\"limit_usd\":1.000000"),
          "the old policy stays");
      assertEquals(
          200,
          raw.post("/v1/messages", h.aliceKey, RawClient.body("claude-opus-4-5", false))
              .getStatus());
      assertTrue(h.gateway().reload().orElseThrow().problems().size() > 0, "SIGHUP's path too");
    }
  }

  @Test
  void aRequestInFlightDuringAReloadIsSettledUnderThePolicyThatDecidedIt() throws Exception {
    try (GatewayHarness h = start("100");
        RawClient raw = new RawClient(h.url())) {
      CountDownLatch arrived = new CountDownLatch(1);
      CountDownLatch release = new CountDownLatch(1);
      h.upstream.script(
          x -> {
            arrived.countDown();
            assertTrue(release.await(10, TimeUnit.SECONDS));
            h.upstream.standard(x);
          });
      CompletableFuture<ContentResponse> response =
          CompletableFuture.supplyAsync(
              () -> {
                try {
                  return raw.post(
                      "/v1/messages", h.aliceKey, RawClient.body("claude-opus-4-5", false));
                } catch (Exception e) {
                  throw new IllegalStateException(e);
                }
              });
      assertTrue(arrived.await(10, TimeUnit.SECONDS));

      // alice moves from team platform to team infra while her request is upstream
      Files.writeString(
          config.resolve("policy.yaml"),
          TestPolicies.starterYaml("100", false, "{type: log}")
              .replace("  platform:\n", "  infra:\n"));
      assertEquals(200, call(raw, "POST", "/admin/reload", TOKEN, null).getStatus());
      release.countDown();
      assertEquals(200, response.get(10, TimeUnit.SECONDS).getStatus());
      h.upstream.script(null);
      assertEquals(
          200,
          raw.post("/v1/messages", h.aliceKey, RawClient.body("claude-opus-4-5", false))
              .getStatus());

      List<DecisionRecord> logged = h.awaitDecisions(2);
      assertEquals("platform", logged.get(0).team(), "decided and settled under the old policy");
      assertEquals("infra", logged.get(1).team());
      assertTrue(h.gateway().ledger().spentAt(TEAM_DAY, GatewayHarness.NOW) > 0);
    }
  }

  @Test
  void aCreditLowersSpendAndAResetZeroesIt() throws Exception {
    try (GatewayHarness h = start("100");
        RawClient raw = new RawClient(h.url())) {
      raw.post("/v1/messages", h.aliceKey, RawClient.body("claude-opus-4-5", false));
      long spent = h.gateway().ledger().spentAt(TEAM_DAY, GatewayHarness.NOW);
      assertTrue(spent > 10_000, "spent " + spent);

      ContentResponse credit =
          call(
              raw,
              "POST",
              "/admin/wallets/team:platform:daily/credit",
              TOKEN,
              "{\"usd\": \"0.01\"}");
      assertEquals(200, credit.getStatus(), credit.getContentAsString());
      assertEquals(spent - 10_000, h.gateway().ledger().spentAt(TEAM_DAY, GatewayHarness.NOW));

      assertEquals(
          400,
          call(raw, "POST", "/admin/wallets/team:platform:daily/credit", TOKEN, "{\"usd\": \"-5\"}")
              .getStatus());
      assertEquals(
          404,
          call(raw, "POST", "/admin/wallets/team:nobody:daily/reset", TOKEN, null).getStatus());

      ContentResponse reset =
          call(raw, "POST", "/admin/wallets/team:platform:daily/reset", TOKEN, null);
      assertEquals(200, reset.getStatus());
      assertTrue(
          reset.getContentAsString().contains("\"spent_usd\":0.000000"),
          reset.getContentAsString());
      assertEquals(0, h.gateway().ledger().spentAt(TEAM_DAY, GatewayHarness.NOW));
    }
  }

  @Test
  void recentDecisionsAreTheLastLogLinesWithoutPromptText() throws Exception {
    try (GatewayHarness h = start("100");
        RawClient raw = new RawClient(h.url())) {
      for (int i = 0; i < 3; i++) {
        raw.post("/v1/messages", h.aliceKey, RawClient.body("claude-opus-4-5", false));
      }
      List<DecisionRecord> logged = h.awaitDecisions(3);
      ContentResponse r = call(raw, "GET", "/admin/decisions?limit=2", TOKEN, null);
      assertEquals(200, r.getStatus());
      String json = r.getContentAsString();
      assertFalse(json.contains(logged.get(0).requestId()), json);
      assertTrue(json.contains(logged.get(1).requestId()), json);
      assertTrue(
          json.indexOf(logged.get(1).requestId()) < json.indexOf(logged.get(2).requestId()), json);
      assertFalse(json.contains("\"hi\""), "no prompt text: " + json);
    }
  }
}
