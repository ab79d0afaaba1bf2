package dev.ccgate.gateway.proxy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ccgate.decision.DecisionRecord;
import dev.ccgate.gateway.FakeUpstream;
import dev.ccgate.gateway.GatewayHarness;
import dev.ccgate.gateway.RawClient;
import dev.ccgate.gateway.TestPolicies;
import dev.ccgate.kernel.Action;
import dev.ccgate.kernel.WalletId;
import dev.ccgate.policy.Period;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import org.eclipse.jetty.client.ContentResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How an answer's end reaches the client: a JSON answer keeps the length upstream declared and ends
 * with the chunk that completes it; one without a length is re-framed. Either way the request is
 * settled before the client has the whole answer, so its next request sees the spend.
 */
class ResponseFramingTest {
  private static final String OPUS = "claude-opus-4-5";
  private static final WalletId TEAM_DAY = WalletId.team("platform", Period.DAILY);

  @TempDir Path state;

  private static final String ANSWER = FakeUpstream.message(OPUS, FakeUpstream.Tokens.DEFAULT);

  /** A JSON answer relayed, the team's spend when the client had all of it, and its log line. */
  private record Relayed(ContentResponse response, long spentWhenAnswered, DecisionRecord line) {}

  /**
   * Asks once, upstream answering {@link #ANSWER} in two writes 100 ms apart (so the second half
   * arrives in another read), with its length declared or not.
   */
  private Relayed relay(boolean declareLength) throws Exception {
    int half = ANSWER.length() / 2;
    try (GatewayHarness h = GatewayHarness.start(state, TestPolicies.starter());
        RawClient client = new RawClient(h.url())) {
      h.upstream.script(
          x -> {
            x.jsonHeaders(200, declareLength ? ANSWER : null);
            x.send(ANSWER.substring(0, half));
            Thread.sleep(100);
            x.send(ANSWER.substring(half));
            x.end();
          });
      ContentResponse r = client.post("/v1/messages", h.aliceKey, RawClient.body(OPUS, false));
      long spent = h.gateway().ledger().spentAt(TEAM_DAY, GatewayHarness.NOW);
      return new Relayed(r, spent, h.awaitDecisions(1).get(0));
    }
  }

  @Test
  void aDeclaredLengthIsKeptAndTheAnswerIsSettledBeforeItsLastByteArrives() throws Exception {
    Relayed r = relay(true);
    assertEquals(200, r.response().getStatus());
    assertEquals(ANSWER, r.response().getContentAsString());
    assertEquals(
        Integer.toString(ANSWER.getBytes(StandardCharsets.UTF_8).length),
        r.response().getHeaders().get("content-length"));
    assertEquals(Action.ALLOW, r.line().action());
    assertTrue(r.line().costMicros() > 0, "billed from the answer's usage");
    assertEquals(r.line().costMicros(), r.spentWhenAnswered(), "settled before the answer ended");
  }

  @Test
  void anAnswerWithoutALengthIsReframedAndAlsoSettledFirst() throws Exception {
    Relayed r = relay(false);
    assertEquals(200, r.response().getStatus());
    assertEquals(ANSWER, r.response().getContentAsString());
    assertNull(r.response().getHeaders().get("content-length"));
    assertEquals(r.line().costMicros(), r.spentWhenAnswered(), "settled before the answer ended");
  }

  @Test
  void anAnswerCutShortOfItsLengthFailsTheClientAndTheGatewayKeepsServing() throws Exception {
    try (GatewayHarness h = GatewayHarness.start(state, TestPolicies.starter());
        RawClient client = new RawClient(h.url())) {
      h.upstream.script(
          x -> {
            x.jsonHeaders(200, ANSWER);
            x.send(ANSWER.substring(0, ANSWER.length() / 2));
            x.cut();
          });

      // Never a 200 with half a body: the client sees the connection end short of the length.
      assertThrows(
          ExecutionException.class,
          () -> client.post("/v1/messages", h.aliceKey, RawClient.body(OPUS, false)));
      assertEquals(1, h.awaitDecisions(1).size(), "the cut request is logged");

      h.upstream.script(h.upstream::standard);
      ContentResponse next = client.post("/v1/messages", h.aliceKey, RawClient.body(OPUS, false));
      assertEquals(200, next.getStatus());
    }
  }
}
