package dev.ccgate.gateway.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ccgate.gateway.FakeUpstream.Tokens;
import dev.ccgate.gateway.GatewayHarness;
import dev.ccgate.gateway.RawClient;
import dev.ccgate.gateway.TestPolicies;
import java.nio.file.Path;
import java.util.Arrays;
import org.eclipse.jetty.client.ContentResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code /metrics} after real traffic: counters, histograms and wallet gauges. */
class MetricsTest {
  @TempDir Path state;

  @Test
  void aScrapeCountsRequestsDecisionsLatencyAndWalletSpend() throws Exception {
    try (GatewayHarness h = GatewayHarness.start(state, TestPolicies.starter("1", false));
        RawClient raw = new RawClient(h.url())) {
      h.upstream.tokens(Tokens.DEFAULT);
      String opus = RawClient.body("claude-opus-4-5", false);
      assertEquals(200, raw.post("/v1/messages", h.aliceKey, opus).getStatus());
      assertEquals(200, raw.post("/v1/messages", h.aliceKey, opus).getStatus());
      h.upstream.tokens(new Tokens(1111, 222, 2000, 3333, 50_000));
      assertEquals(200, raw.post("/v1/messages", h.bobKey, opus).getStatus()); // past 110 %
      assertEquals(429, raw.post("/v1/messages", h.bobKey, opus).getStatus()); // paused
      assertEquals(401, raw.post("/v1/messages", "sk-ccgate-wrong", opus).getStatus());
      assertEquals(400, raw.post("/v1/messages", h.aliceKey, "{not json").getStatus());
      assertEquals(200, raw.post("/v1/messages/count_tokens", h.aliceKey, opus).getStatus());
      h.awaitDecisions(4);
      for (int i = 0; i < 500 && h.gateway().alerts().delivered() < 3; i++) {
        Thread.sleep(10); // the 80, 95 and 110 % stages go to a log channel, off the request path
      }

      ContentResponse scrape = raw.request("GET", "/metrics").send();
      assertEquals(200, scrape.getStatus());
      assertTrue(scrape.getMediaType().startsWith("text/plain"), scrape.getMediaType());
      String page = scrape.getContentAsString();
      for (String line :
          new String[] {
            "ccgate_requests_total{route=\"messages\",action=\"allow\"} 3",
            "ccgate_requests_total{route=\"messages\",action=\"pause\"} 1",
            "ccgate_requests_total{route=\"messages\",action=\"unauthenticated\"} 1",
            "ccgate_requests_total{route=\"messages\",action=\"invalid\"} 1",
            "ccgate_requests_total{route=\"count_tokens\",action=\"forward\"} 1",
            "ccgate_decisions_total{action=\"allow\"} 3",
            "ccgate_decisions_total{action=\"pause\"} 1",
            "ccgate_decisions_total{action=\"downgrade\"} 0",
            "ccgate_upstream_latency_seconds_count 4",
            "ccgate_upstream_latency_seconds_bucket{le=\"+Inf\"} 4",
            "ccgate_gateway_overhead_seconds_count 4",
            "ccgate_wallet_limit_usd{wallet=\"team:platform:daily\"} 1.000000",
            "ccgate_wallet_remaining_usd{wallet=\"team:platform:daily\"} 0.000000",
            "ccgate_wallet_limit_usd{wallet=\"team:platform:monthly\"} 2000.000000",
            "ccgate_alerts_sent_total 3",
            "ccgate_alerts_failed_total 0",
          }) {
        assertTrue(page.lines().anyMatch(line::equals), line + " in\n" + page);
      }
      long spent =
          h.gateway()
              .ledger()
              .spentAt(
                  dev.ccgate.kernel.WalletId.team("platform", dev.ccgate.policy.Period.DAILY),
                  GatewayHarness.NOW);
      assertTrue(
          page.contains(
              "ccgate_wallet_spent_usd{wallet=\"team:platform:daily\"} "
                  + dev.ccgate.policy.Money.usd(spent).toPlainString()),
          page);
      assertFalse(page.contains("alice@example.com"), "no developer series: " + page);
      assertFalse(page.contains(h.aliceKey), page);
      assertTrue(
          Arrays.stream(page.split("\n"))
              .allMatch(l -> l.startsWith("#") || l.matches("[a-z_]+(\\{[^}]*\\})? [0-9.]+")),
          page);
    }
  }
}
