package dev.ccgate.gateway.proxy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.anthropic.client.AnthropicClient;
import com.anthropic.core.http.StreamResponse;
import com.anthropic.errors.RateLimitException;
import com.anthropic.helpers.MessageAccumulator;
import com.anthropic.models.messages.Message;
import com.anthropic.models.messages.MessageCountTokensParams;
import com.anthropic.models.messages.MessageCreateParams;
import com.anthropic.models.messages.RawMessageStreamEvent;
import dev.ccgate.decision.DecisionRecord;
import dev.ccgate.gateway.FakeUpstream;
import dev.ccgate.gateway.FakeUpstream.Tokens;
import dev.ccgate.gateway.GatewayHarness;
import dev.ccgate.gateway.TestPolicies;
import dev.ccgate.kernel.Action;
import dev.ccgate.pricing.Usage;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The official Anthropic Java SDK as the client, through the gateway to the fake upstream. */
class SdkClientTest {
  private static final String OPUS = "claude-opus-4-5";

  @TempDir Path state;

  private static MessageCreateParams params() {
    return MessageCreateParams.builder()
        .model(OPUS)
        .maxTokens(1024)
        .addUserMessage("Fix the config loader.")
        .build();
  }

  private static Message stream(AnthropicClient client) {
    MessageAccumulator acc = MessageAccumulator.create();
    try (StreamResponse<RawMessageStreamEvent> events =
        client.messages().createStreaming(params())) {
      events.stream().forEach(acc::accumulate);
    }
    return acc.message();
  }

  @Test
  void aNormalTurnReachesUpstreamWithTheRealKeyAndIsBilledFromItsUsage() throws Exception {
    try (GatewayHarness h = GatewayHarness.start(state, TestPolicies.starter())) {
      Message reply = h.sdk(h.aliceKey).messages().create(params());
      assertEquals("OK", reply.content().get(0).asText().text());
      assertEquals(OPUS, reply.model().asString());

      FakeUpstream.Received seen = h.upstream.received().get(0);
      assertEquals("/v1/messages", seen.pathQuery());
      assertEquals(GatewayHarness.UPSTREAM_KEY, seen.headers().get("x-api-key"));
      assertFalse(seen.headers().toString().contains(h.aliceKey), "the virtual key stays home");
      assertTrue(seen.headers().contains("anthropic-version"), "SDK headers pass through");

      DecisionRecord line = h.awaitDecisions(1).get(0);
      assertEquals(Action.ALLOW, line.action());
      assertEquals("alice@example.com", line.developer());
      assertEquals("platform", line.team());
      assertEquals(Usage.of(1111, 44, 222, 2000, 3333), line.usage());
      assertFalse(line.usageEstimated());
      assertTrue(line.costMicros() > 0);
      assertTrue(line.requestId().startsWith("req_ccgate_"));
    }
  }

  @Test
  void aStreamedTurnIsRelayedAndMeteredFromItsEvents() throws Exception {
    try (GatewayHarness h = GatewayHarness.start(state, TestPolicies.starter())) {
      Message reply = stream(h.sdk(h.aliceKey));
      assertEquals("OK", reply.content().get(0).asText().text());
      assertEquals(44, reply.usage().outputTokens());
      DecisionRecord line = h.awaitDecisions(1).get(0);
      assertEquals(Usage.of(1111, 44, 222, 2000, 3333), line.usage());
      assertFalse(line.usageEstimated());
    }
  }

  @Test
  void aDowngradedTurnGoesToTheCheaperModelWithTheBodyOtherwiseUntouched() throws Exception {
    try (GatewayHarness h = GatewayHarness.start(state, TestPolicies.starter("1", false))) {
      // ~$1.00 on Opus 4.5: past the 95% downgrade stage of a $1/day team, short of the pause.
      h.upstream.tokens(new Tokens(1111, 222, 2000, 3333, 38_900));
      AnthropicClient client = h.sdk(h.aliceKey);
      client.messages().create(params());
      h.upstream.tokens(Tokens.DEFAULT);
      Message reply = client.messages().create(params());

      List<FakeUpstream.Received> seen = h.upstream.received();
      assertEquals(OPUS, seen.get(0).model());
      assertEquals("claude-sonnet-4-5", seen.get(1).model());
      assertEquals(
          seen.get(0).text().replace("\"" + OPUS + "\"", "\"claude-sonnet-4-5\""),
          seen.get(1).text(),
          "only the model changed");
      assertEquals("claude-sonnet-4-5", reply.model().asString());
      assertEquals("OK", reply.content().get(0).asText().text());

      DecisionRecord line = h.awaitDecisions(2).get(1);
      assertEquals(Action.DOWNGRADE, line.action());
      assertEquals(OPUS, line.originalModel());
      assertEquals("claude-sonnet-4-5", line.routedModel());
      assertTrue(line.costMicros() < line.originalCostMicros());
    }
  }

  @Test
  void aPausedTurnRaisesThePauseMessageOnceWithoutRetryAndNothingGoesUpstream() throws Exception {
    try (GatewayHarness h = GatewayHarness.start(state, TestPolicies.starter("1", false))) {
      h.upstream.tokens(new Tokens(1111, 222, 2000, 3333, 50_000)); // ~$1.28: past 110%
      AnthropicClient client = h.sdk(h.aliceKey); // the SDK retries twice unless told not to
      client.messages().create(params());

      RateLimitException paused =
          assertThrows(RateLimitException.class, () -> client.messages().create(params()));
      String message = paused.apiMessage().orElseThrow();
      assertTrue(message.startsWith("Budget paused: team 'platform' is at 12"), message);
      assertTrue(message.contains("Resets Wed 2026-11-25 00:00 EST"), message);
      assertEquals("false", paused.headers().values("x-should-retry").get(0));
      // 10:00 to midnight in New York.
      assertEquals("50400", paused.headers().values("retry-after").get(0));
      assertTrue(paused.requestId().orElseThrow().startsWith("req_ccgate_"));

      assertEquals(1, h.upstream.received().size(), "nothing went upstream");
      List<DecisionRecord> lines = h.awaitDecisions(2);
      assertEquals(2, lines.size(), "exactly one request reached the gateway: no retry");
      assertEquals(Action.PAUSE, lines.get(1).action());
      assertEquals(0, lines.get(1).costMicros());
      assertEquals(Usage.ZERO, lines.get(1).usage());

      // Streaming requests are refused the same way, before any event.
      assertThrows(RateLimitException.class, () -> stream(client));
    }
  }

  @Test
  void countTokensStillWorksWhilePausedAndIsNeitherChargedNorLogged() throws Exception {
    try (GatewayHarness h = GatewayHarness.start(state, TestPolicies.starter("1", false))) {
      h.upstream.tokens(new Tokens(1111, 222, 2000, 3333, 50_000));
      AnthropicClient client = h.sdk(h.aliceKey);
      client.messages().create(params());
      assertThrows(RateLimitException.class, () -> client.messages().create(params()));

      long counted =
          client
              .messages()
              .countTokens(
                  MessageCountTokensParams.builder()
                      .model(OPUS)
                      .addUserMessage("How big is this prompt?")
                      .build())
              .inputTokens();
      assertEquals(123, counted);
      FakeUpstream.Received seen = h.upstream.received().get(1);
      assertEquals("/v1/messages/count_tokens", seen.pathQuery());
      assertEquals(2, h.decisions().size(), "count_tokens is not a billed request");
      assertNull(seen.headers().get("authorization"));
    }
  }
}
