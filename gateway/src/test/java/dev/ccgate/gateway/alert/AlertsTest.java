package dev.ccgate.gateway.alert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.anthropic.errors.RateLimitException;
import com.anthropic.models.messages.MessageCreateParams;
import dev.ccgate.gateway.FakeUpstream.Tokens;
import dev.ccgate.gateway.GatewayHarness;
import dev.ccgate.gateway.TestPolicies;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Stage crossings reach a real Slack/webhook receiver once each, retried, also across restarts. */
class AlertsTest {
  /** Enough usage on Opus to take a $1 daily wallet past all three stages (80, 95, 110 %). */
  private static final Tokens BIG = new Tokens(1111, 222, 2000, 3333, 50_000);

  @TempDir Path state;

  private static MessageCreateParams params() {
    return MessageCreateParams.builder()
        .model("claude-opus-4-5")
        .maxTokens(1024)
        .addUserMessage("a secret prompt")
        .build();
  }

  private static AlertOptions options(String env, AlertReceiver receiver) {
    return AlertOptions.defaults()
        .withEnv(Map.of(env, receiver.uri().toString()))
        .withRetryDelays(List.of(Duration.ofMillis(10), Duration.ofMillis(20)));
  }

  @Test
  void slackGetsOneReadableMessagePerCrossedStage() throws Exception {
    try (AlertReceiver slack = new AlertReceiver(0);
        GatewayHarness h =
            GatewayHarness.start(
                state,
                TestPolicies.starter("1", false, "{type: slack, webhook_env: SLACK_PLATFORM}"),
                options("SLACK_PLATFORM", slack))) {
      h.upstream.tokens(BIG);
      h.sdk(h.aliceKey).messages().create(params());

      List<String> bodies = slack.await(3);
      assertEquals(3, bodies.size());
      for (String stage : List.of("80% alert", "95% downgrade", "110% pause")) {
        String body = bodies.stream().filter(b -> b.contains(stage)).findFirst().orElseThrow();
        assertTrue(body.startsWith("{\"text\":\"ccgate: wallet team:platform:daily"), body);
        assertTrue(body.contains("of $1.00 spent"), body);
        assertTrue(body.contains("Crossed by alice@example.com (team platform)"), body);
        assertTrue(body.contains("Resets 2026-11-25 00:00 EST."), body);
        assertTrue(body.contains("Top spenders this period: alice@example.com $"), body);
        assertFalse(body.contains("secret prompt"), body);
      }
      var bob = h.sdk(h.bobKey);
      assertThrows(RateLimitException.class, () -> bob.messages().create(params())); // paused
      h.awaitDecisions(2);
      Thread.sleep(200);
      assertEquals(3, slack.accepted().size());
      assertEquals(3, h.gateway().alerts().delivered());
    }
  }

  @Test
  void aWebhookAnswering500IsRetriedAndGetsTheEventFields() throws Exception {
    try (AlertReceiver hook = new AlertReceiver(1);
        GatewayHarness h =
            GatewayHarness.start(
                state,
                TestPolicies.starter("1", false, "{type: webhook, url_env: PLATFORM_HOOK}"),
                options("PLATFORM_HOOK", hook))) {
      h.upstream.tokens(BIG);
      h.sdk(h.aliceKey).messages().create(params());

      List<String> bodies = hook.await(3);
      assertEquals(4, hook.attempts(), "one 500, then three deliveries");
      String alert =
          bodies.stream().filter(b -> b.contains("\"action\":\"alert\"")).findFirst().orElseThrow();
      assertTrue(
          alert.startsWith("{\"type\":\"stage_crossed\",\"time\":\"2026-11-24T15:00:00Z\""), alert);
      for (String field :
          List.of(
              "\"wallet\":\"team:platform:daily\"",
              "\"at_percent\":80.00",
              "\"limit_usd\":1.000000",
              "\"reset_at\":\"2026-11-25T05:00:00Z\"",
              "\"timezone\":\"America/New_York\"",
              "\"developer\":\"alice@example.com\"",
              "\"team\":\"platform\"",
              "\"channel\":\"platform-em\"",
              "\"top_spenders\":[{\"developer\":\"alice@example.com\"")) {
        assertTrue(alert.contains(field), field + " in " + alert);
      }
      assertEquals(0, h.gateway().alerts().failed());
    }
  }

  @Test
  void aRestartReplaysTheCrossingsWithoutSendingThemAgain() throws Exception {
    try (AlertReceiver slack = new AlertReceiver(0);
        GatewayHarness h =
            GatewayHarness.start(
                state,
                TestPolicies.starter("1", false, "{type: slack, webhook_env: SLACK_PLATFORM}"),
                options("SLACK_PLATFORM", slack))) {
      h.upstream.tokens(BIG);
      h.sdk(h.aliceKey).messages().create(params());
      slack.await(3);
      Thread.sleep(100); // let the third delivery be recorded before the stop
      assertEquals(3, Files.readAllLines(state.resolve(SentAlerts.FILE_NAME)).size());

      h.restart();
      assertEquals(1, h.gateway().replayed().records());
      var bob = h.sdk(h.bobKey);
      assertThrows(RateLimitException.class, () -> bob.messages().create(params())); // paused
      h.awaitDecisions(2);
      Thread.sleep(200);
      assertEquals(3, slack.accepted().size(), "nothing sent twice");
      assertEquals(0, h.gateway().alerts().delivered());
    }
  }

  @Test
  void aCrossingNeverDeliveredBeforeARestartIsSentAfterIt() throws Exception {
    try (AlertReceiver slack = new AlertReceiver(0)) {
      var policy = TestPolicies.starter("1", false, "{type: slack, webhook_env: SLACK_PLATFORM}");
      try (GatewayHarness h =
          GatewayHarness.start(state, policy, AlertOptions.defaults().withEnv(Map.of()))) {
        h.upstream.tokens(BIG);
        h.sdk(h.aliceKey).messages().create(params());
        h.awaitDecisions(1);
      } // no URL configured: nothing delivered, nothing recorded
      try (GatewayHarness h =
          GatewayHarness.start(state, policy, options("SLACK_PLATFORM", slack))) {
        assertEquals(3, slack.await(3).size());
      }
    }
  }
}
