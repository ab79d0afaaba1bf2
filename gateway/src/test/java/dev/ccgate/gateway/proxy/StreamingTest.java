package dev.ccgate.gateway.proxy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.anthropic.core.http.StreamResponse;
import com.anthropic.models.messages.MessageCreateParams;
import com.anthropic.models.messages.RawMessageStreamEvent;
import dev.ccgate.decision.DecisionRecord;
import dev.ccgate.gateway.FakeUpstream;
import dev.ccgate.gateway.FakeUpstream.Tokens;
import dev.ccgate.gateway.GatewayHarness;
import dev.ccgate.gateway.RawClient;
import dev.ccgate.gateway.TestPolicies;
import dev.ccgate.pricing.Usage;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.jetty.client.ContentResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SSE through the gateway: relayed as it arrives, metered, and billed even when cut short. */
class StreamingTest {
  private static final String OPUS = "claude-opus-4-5";
  private static final Tokens T = Tokens.DEFAULT;

  @TempDir Path state;

  @Test
  void theClientReceivesTheFirstEventBeforeUpstreamHasFinished() throws Exception {
    try (GatewayHarness h = GatewayHarness.start(state, TestPolicies.starter())) {
      CountDownLatch clientSawFirstEvent = new CountDownLatch(1);
      AtomicBoolean upstreamFinished = new AtomicBoolean();
      AtomicBoolean released = new AtomicBoolean();
      h.upstream.script(
          x -> {
            x.sseHeaders();
            var events = FakeUpstream.standardEvents(x.received().model(), T);
            x.send(events.get(0));
            released.set(clientSawFirstEvent.await(10, TimeUnit.SECONDS));
            for (String e : events.subList(1, events.size())) {
              x.send(e);
            }
            upstreamFinished.set(true);
            x.end();
          });
      MessageCreateParams params =
          MessageCreateParams.builder().model(OPUS).maxTokens(64).addUserMessage("hi").build();
      try (StreamResponse<RawMessageStreamEvent> events =
          h.sdk(h.aliceKey).messages().createStreaming(params)) {
        Iterator<RawMessageStreamEvent> it = events.stream().iterator();
        RawMessageStreamEvent first = it.next();
        assertTrue(first.isMessageStart());
        assertFalse(upstreamFinished.get(), "event 1 arrived while upstream was still waiting");
        clientSawFirstEvent.countDown();
        int rest = 0;
        while (it.hasNext()) {
          it.next();
          rest++;
        }
        assertEquals(5, rest, "start, ping, delta, stop, message_delta, message_stop minus one");
      }
      assertTrue(released.get(), "upstream was released by the client, not by its timeout");
      assertEquals(Usage.of(1111, 44, 222, 2000, 3333), h.awaitDecisions(1).get(0).usage());
    }
  }

  @Test
  void eventLinesAndPingsReachTheClientByteForByte() throws Exception {
    try (GatewayHarness h = GatewayHarness.start(state, TestPolicies.starter());
        RawClient client = new RawClient(h.url())) {
      ContentResponse r =
          client.post("/v1/messages?beta=true", h.aliceKey, RawClient.body(OPUS, true));
      assertEquals(200, r.getStatus());
      assertTrue(r.getHeaders().get("content-type").startsWith("text/event-stream"));
      assertEquals("req_upstream01", r.getHeaders().get("request-id"));
      assertTrue(r.getHeaders().get("x-ccgate-request-id").startsWith("req_ccgate_"));
      assertEquals(String.join("", FakeUpstream.standardEvents(OPUS, T)), r.getContentAsString());
    }
  }

  @Test
  void aClientThatLeavesMidStreamIsStillBilledWithTheFinalUsage() throws Exception {
    try (GatewayHarness h = GatewayHarness.start(state, TestPolicies.starter())) {
      CountDownLatch clientLeft = new CountDownLatch(1);
      AtomicBoolean upstreamCompleted = new AtomicBoolean();
      h.upstream.script(
          x -> {
            x.sseHeaders();
            x.send(FakeUpstream.event("message_start", FakeUpstream.messageStart(OPUS, T)));
            x.send(FakeUpstream.textDelta("first words"));
            clientLeft.await(10, TimeUnit.SECONDS);
            for (int i = 0; i < 40; i++) {
              x.send(FakeUpstream.textDelta("more words " + i));
              Thread.sleep(5);
            }
            x.send(
                FakeUpstream.event(
                    "message_delta",
                    "{\"type\":\"message_delta\",\"delta\":{\"stop_reason\":\"end_turn\"},"
                        + "\"usage\":{\"output_tokens\":500}}"));
            x.send(FakeUpstream.event("message_stop", "{\"type\":\"message_stop\"}"));
            upstreamCompleted.set(true);
            x.end();
          });
      URI gateway = URI.create(h.url());
      String body = RawClient.body(OPUS, true);
      try (Socket socket = new Socket(gateway.getHost(), gateway.getPort())) {
        OutputStream out = socket.getOutputStream();
        out.write(
            ("POST /v1/messages HTTP/1.1\r\nHost: gw\r\nx-api-key: "
                    + h.aliceKey
                    + "\r\ncontent-type: application/json\r\ncontent-length: "
                    + body.length()
                    + "\r\n\r\n"
                    + body)
                .getBytes(StandardCharsets.UTF_8));
        out.flush();
        readUntil(socket.getInputStream(), "message_start");
      } // the client is gone
      clientLeft.countDown();

      DecisionRecord line = h.awaitDecisions(1).get(0);
      assertTrue(upstreamCompleted.get(), "the gateway kept reading upstream to the end");
      assertFalse(line.usageEstimated());
      assertEquals(Usage.of(1111, 500, 222, 2000, 3333), line.usage());
      assertTrue(line.costMicros() > 0);
    }
  }

  @Test
  void aStreamCutByUpstreamIsBilledWithTheEstimate() throws Exception {
    try (GatewayHarness h = GatewayHarness.start(state, TestPolicies.starter());
        RawClient client = new RawClient(h.url())) {
      h.upstream.script(
          x -> {
            x.sseHeaders();
            x.send(FakeUpstream.event("message_start", FakeUpstream.messageStart(OPUS, T)));
            x.send(FakeUpstream.textDelta("0123456789"));
            x.send(FakeUpstream.textDelta("abcdefghijklmnopqrstu")); // 31 characters in all
            x.cut();
          });
      assertThrows(
          java.util.concurrent.ExecutionException.class,
          () -> client.post("/v1/messages", h.aliceKey, RawClient.body(OPUS, true)),
          "the client sees a broken stream, not a clean end");
      DecisionRecord line = h.awaitDecisions(1).get(0);
      assertTrue(line.usageEstimated());
      assertEquals(Usage.of(1111, 8, 222, 2000, 3333), line.usage()); // ceil(31 / 4)
      assertTrue(line.costMicros() > 0);
    }
  }

  @Test
  void aMidStreamErrorEventIsRelayedAndTheTurnEstimated() throws Exception {
    try (GatewayHarness h = GatewayHarness.start(state, TestPolicies.starter());
        RawClient client = new RawClient(h.url())) {
      String error =
          FakeUpstream.event(
              "error",
              "{\"type\":\"error\",\"error\":{\"details\":null,\"type\":\"overloaded_error\","
                  + "\"message\":\"Overloaded\"}}");
      h.upstream.script(
          x -> {
            x.sseHeaders();
            x.send(FakeUpstream.event("message_start", FakeUpstream.messageStart(OPUS, T)));
            x.send(FakeUpstream.textDelta("abcd"));
            x.send(error);
            x.end();
          });
      ContentResponse r = client.post("/v1/messages", h.aliceKey, RawClient.body(OPUS, true));
      assertEquals(200, r.getStatus());
      assertTrue(r.getContentAsString().endsWith(error), "the error event arrives intact");
      DecisionRecord line = h.awaitDecisions(1).get(0);
      assertTrue(line.usageEstimated());
      assertEquals(1, line.usage().outputTokens());
      assertNotNull(line.requestId());
    }
  }

  private static void readUntil(InputStream in, String marker) throws Exception {
    StringBuilder seen = new StringBuilder();
    byte[] buf = new byte[1024];
    while (seen.indexOf(marker) < 0) {
      int n = in.read(buf);
      if (n < 0) {
        throw new AssertionError("stream ended before " + marker + ": " + seen);
      }
      seen.append(new String(buf, 0, n, StandardCharsets.UTF_8));
    }
  }
}
