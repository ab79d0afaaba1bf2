package dev.ccgate.gateway.proxy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ccgate.decision.DecisionRecord;
import dev.ccgate.gateway.FakeUpstream;
import dev.ccgate.gateway.GatewayHarness;
import dev.ccgate.gateway.RawClient;
import dev.ccgate.gateway.TestPolicies;
import dev.ccgate.kernel.Action;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.eclipse.jetty.client.BytesRequestContent;
import org.eclipse.jetty.client.ContentResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What upstream receives: headers and body as Claude Code sent them, bar the credential. */
class ForwardingTest {
  private static final String SESSION = "2ad8a76e-6c6e-46f7-b058-3edfdb1dce42";

  @TempDir Path state;

  @Test
  void forwardsHeadersQueryAndBodyFaithfullyReplacingOnlyTheCredential() throws Exception {
    String body =
        "{\"model\":\"claude-opus-4-5\",\"max_tokens\":64000,\"stream\":true,"
            + "\"system\":[{\"type\":\"text\",\"text\":\"x-anthropic-billing-header: cc_version=2.1.197.c8e;\"}],"
            + "\"messages\":[{\"role\":\"system\",\"content\":\"agents\"},{\"role\":\"user\",\"content\":\"h\\u00e9\"}],"
            + "\"context_management\":{\"edits\":[]},\"output_config\":{\"effort\":\"high\"}}";
    try (GatewayHarness h = GatewayHarness.start(state, TestPolicies.starter());
        RawClient client = new RawClient(h.url())) {
      ContentResponse r =
          client
              .request("POST", "/v1/messages?beta=true")
              .headers(
                  x -> {
                    x.put("authorization", "Bearer " + h.bobKey);
                    x.put("anthropic-version", "2023-06-01");
                    x.put(
                        "anthropic-beta",
                        "claude-code-20250219,context-1m-2025-08-07,advisor-tool-2026-03-01");
                    x.put("x-claude-code-session-id", SESSION);
                    x.put("x-claude-code-agent-id", "agent-7");
                    x.put("user-agent", "claude-cli/2.1.197 (external, cli)");
                    x.put("x-stainless-retry-count", "0");
                    x.put("x-app", "cli");
                    x.put("x-hop", "private");
                    x.put("connection", "keep-alive, x-hop");
                    x.put("accept-encoding", "gzip, deflate, br, zstd");
                  })
              .body(
                  new BytesRequestContent(
                      "application/json", body.getBytes(StandardCharsets.UTF_8)))
              .send();
      assertEquals(200, r.getStatus());

      FakeUpstream.Received seen = h.upstream.received().get(0);
      assertEquals("/v1/messages?beta=true", seen.pathQuery());
      assertArrayEquals(body.getBytes(StandardCharsets.UTF_8), seen.body());
      var headers = seen.headers();
      assertEquals(GatewayHarness.UPSTREAM_KEY, headers.get("x-api-key"));
      assertNull(headers.get("authorization"), "the virtual key never leaves");
      assertEquals("2023-06-01", headers.get("anthropic-version"));
      assertEquals(
          "claude-code-20250219,context-1m-2025-08-07,advisor-tool-2026-03-01",
          headers.get("anthropic-beta"));
      assertEquals(SESSION, headers.get("x-claude-code-session-id"));
      assertEquals("agent-7", headers.get("x-claude-code-agent-id"));
      assertEquals("claude-cli/2.1.197 (external, cli)", headers.get("user-agent"));
      assertEquals("0", headers.get("x-stainless-retry-count"));
      assertEquals("cli", headers.get("x-app"));
      assertNull(headers.get("x-hop"), "a header named in Connection is hop-by-hop");
      assertEquals("identity", headers.get("accept-encoding"), "responses must be meterable");

      DecisionRecord line = h.awaitDecisions(1).get(0);
      assertEquals("bob@example.com", line.developer());
      assertEquals(SESSION, line.sessionId());
    }
  }

  @Test
  void theSessionComesFromMetadataWhenThereIsNoHeader() throws Exception {
    String body =
        "{\"model\":\"claude-opus-4-5\",\"max_tokens\":8,\"messages\":[],"
            + "\"metadata\":{\"user_id\":\"{\\\"device_id\\\":\\\"e1\\\",\\\"account_uuid\\\":\\\"\\\","
            + "\\\"session_id\\\":\\\""
            + SESSION
            + "\\\"}\"}}";
    try (GatewayHarness h = GatewayHarness.start(state, TestPolicies.starter());
        RawClient client = new RawClient(h.url())) {
      assertEquals(200, client.post("/v1/messages", h.aliceKey, body).getStatus());
      assertEquals(SESSION, h.awaitDecisions(1).get(0).sessionId());
    }
  }

  @Test
  void modelsPassThroughFreeAndUnlogged() throws Exception {
    try (GatewayHarness h = GatewayHarness.start(state, TestPolicies.starter());
        RawClient client = new RawClient(h.url())) {
      ContentResponse r =
          client
              .request("GET", "/v1/models?limit=1000")
              .headers(x -> x.put("x-api-key", h.aliceKey))
              .send();
      assertEquals(200, r.getStatus());
      assertTrue(r.getContentAsString().contains("claude-opus-4-5"));
      assertEquals("/v1/models?limit=1000", h.upstream.received().get(0).pathQuery());
      assertEquals(0, h.decisions().size());
    }
  }

  @Test
  void passthroughAuthForwardsTheDevelopersOwnKeyAndIdentifiesThemByItsHash() throws Exception {
    try (GatewayHarness h =
            GatewayHarness.start(state, TestPolicies.starter(), c -> c.withPassthroughAuth(true));
        RawClient client = new RawClient(h.url())) {
      assertEquals(
          200,
          client
              .post("/v1/messages", h.aliceKey, RawClient.body("claude-opus-4-5", false))
              .getStatus());
      assertEquals(h.aliceKey, h.upstream.received().get(0).headers().get("x-api-key"));

      String stranger = "sk-ant-someone-elses-key";
      assertEquals(
          200,
          client
              .post("/v1/messages", stranger, RawClient.body("claude-opus-4-5", false))
              .getStatus());
      var lines = h.awaitDecisions(2);
      assertEquals("alice@example.com", lines.get(0).developer());
      assertTrue(lines.get(1).developer().startsWith("key:"), lines.get(1).developer());
      assertEquals(12, lines.get(1).developer().length(), "key: and 8 hex digits, no more");
      assertEquals("unassigned", lines.get(1).team());
      assertFalse(h.decisions().toString().contains(stranger));
    }
  }

  @Test
  void passthroughAuthRejectsUnlistedKeysWhenThePolicySaysSo() throws Exception {
    try (GatewayHarness h =
            GatewayHarness.start(
                state, TestPolicies.starter("100", true), c -> c.withPassthroughAuth(true));
        RawClient client = new RawClient(h.url())) {
      ContentResponse r =
          client.post("/v1/messages", "sk-ant-stranger", RawClient.body("claude-opus-4-5", false));
      assertEquals(401, r.getStatus());
      assertEquals(Action.REJECT, h.awaitDecisions(1).get(0).action());
      assertEquals(
          401,
          client
              .post(
                  "/v1/messages/count_tokens",
                  "sk-ant-stranger",
                  "{\"model\":\"m\",\"messages\":[]}")
              .getStatus());
      assertEquals(0, h.upstream.received().size());
    }
  }

  @Test
  void aKeyHolderThePolicyRejectsGetsNoFreeRoutesEither() throws Exception {
    try (GatewayHarness h = GatewayHarness.start(state, TestPolicies.starter("100", true));
        RawClient client = new RawClient(h.url())) {
      // carol has a virtual key but the policy does not list her and rejects the unlisted.
      assertEquals(
          401,
          client
              .post("/v1/messages", h.carolKey, RawClient.body("claude-opus-4-5", true))
              .getStatus());
      assertEquals(Action.REJECT, h.awaitDecisions(1).get(0).action());
      assertEquals(
          401,
          client
              .post("/v1/messages/count_tokens", h.carolKey, "{\"model\":\"m\",\"messages\":[]}")
              .getStatus());
      assertEquals(
          200,
          client
              .post("/v1/messages/count_tokens", h.aliceKey, "{\"model\":\"m\",\"messages\":[]}")
              .getStatus());
      assertEquals(1, h.upstream.received().size());
    }
  }
}
