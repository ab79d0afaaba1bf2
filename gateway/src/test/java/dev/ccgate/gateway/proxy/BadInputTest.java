package dev.ccgate.gateway.proxy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ccgate.decision.DecisionRecord;
import dev.ccgate.gateway.GatewayHarness;
import dev.ccgate.gateway.RawClient;
import dev.ccgate.gateway.TestPolicies;
import dev.ccgate.kernel.Action;
import dev.ccgate.pricing.Usage;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.eclipse.jetty.client.AsyncRequestContent;
import org.eclipse.jetty.client.ContentResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Input the gateway must refuse, and upstream trouble it must map: each gets the right status and
 * an Anthropic-shaped body (no stack trace), and the gateway keeps serving.
 */
class BadInputTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String OPUS = "claude-opus-4-5";

  @TempDir Path state;

  /** Asserts the Anthropic error shape and returns error.message. */
  private static String assertError(ContentResponse r, int status, String type) throws Exception {
    assertEquals(status, r.getStatus(), r.getContentAsString());
    assertEquals("application/json", r.getHeaders().get("content-type"));
    JsonNode body = JSON.readTree(r.getContentAsString());
    assertEquals("error", body.path("type").asText());
    assertEquals(type, body.path("error").path("type").asText());
    String requestId = body.path("request_id").asText();
    assertTrue(requestId.startsWith("req_ccgate_"), requestId);
    assertEquals(requestId, r.getHeaders().get("request-id"));
    assertFalse(r.getContentAsString().contains("at dev.ccgate"), "no stack trace");
    return body.path("error").path("message").asText();
  }

  @Test
  void refusesBadRequestsAndKeepsServing() throws Exception {
    try (GatewayHarness h =
            GatewayHarness.start(state, TestPolicies.starter(), c -> c.withMaxBody(64 << 10));
        RawClient client = new RawClient(h.url())) {
      String key = h.aliceKey;
      assertTrue(
          assertError(
                  client.post("/v1/messages", key, "{\"model\": \"claude-opus-4-5\", "),
                  400,
                  "invalid_request_error")
              .startsWith("The request body is not valid JSON"));
      assertEquals(
          "model: Field required",
          assertError(
              client.post("/v1/messages", key, "{\"max_tokens\":5,\"messages\":[]}"),
              400,
              "invalid_request_error"));
      String big = RawClient.body(OPUS, false).replace("\"hi\"", "\"" + "x".repeat(100_000) + "\"");
      assertError(client.post("/v1/messages", key, big), 413, "request_too_large");
      // Without a Content-Length the limit is enforced while reading.
      AsyncRequestContent unsized =
          new AsyncRequestContent(
              "application/json", ByteBuffer.wrap(big.getBytes(StandardCharsets.UTF_8)));
      unsized.close();
      ContentResponse chunked =
          client
              .request("POST", "/v1/messages")
              .headers(hh -> hh.put("x-api-key", key))
              .body(unsized)
              .send();
      assertError(chunked, 413, "request_too_large");
      assertError(
          client.post("/v1/messages", "sk-ccgate-not-a-key", RawClient.body(OPUS, false)),
          401,
          "authentication_error");
      assertError(
          client.post("/v1/messages", null, RawClient.body(OPUS, false)),
          401,
          "authentication_error");
      assertEquals(0, h.upstream.received().size(), "none of that went upstream");
      assertEquals(0, h.decisions().size(), "nor was any of it decided");

      ContentResponse ok = client.post("/v1/messages", key, RawClient.body(OPUS, false));
      assertEquals(200, ok.getStatus(), "the gateway keeps serving");
    }
  }

  @Test
  void unknownRoutesAreRefusedAfterTheIdentityCheck() throws Exception {
    try (GatewayHarness h = GatewayHarness.start(state, TestPolicies.starter());
        RawClient client = new RawClient(h.url())) {
      assertError(client.request("GET", "/v1/files").send(), 401, "authentication_error");
      assertError(
          client.request("GET", "/v1/files").headers(x -> x.put("x-api-key", h.aliceKey)).send(),
          404,
          "not_found_error");
      assertError(
          client.request("GET", "/v1/messages").headers(x -> x.put("x-api-key", h.aliceKey)).send(),
          404,
          "not_found_error");
      assertEquals(200, client.request("HEAD", "/").send().getStatus());
      assertEquals(200, client.request("GET", "/healthz").send().getStatus());
      assertEquals(0, h.upstream.received().size());
    }
  }

  @Test
  void upstreamErrorBodiesAreForwardedUnmodifiedAndCostNothing() throws Exception {
    String overloaded =
        "{\"type\":\"error\",\"error\":{\"type\":\"overloaded_error\",\"message\":\"Overloaded\"},"
            + "\"request_id\":\"req_011CSHoEeqs5C35K2UUqR7Fy\"}";
    try (GatewayHarness h = GatewayHarness.start(state, TestPolicies.starter());
        RawClient client = new RawClient(h.url())) {
      h.upstream.script(x -> x.json(529, overloaded));
      ContentResponse r = client.post("/v1/messages", h.aliceKey, RawClient.body(OPUS, true));
      assertEquals(529, r.getStatus());
      assertEquals(overloaded, r.getContentAsString());

      String tooLong =
          "{\"type\":\"error\",\"error\":{\"type\":\"invalid_request_error\","
              + "\"message\":\"prompt is too long: 210000 tokens > 200000 maximum\"}}";
      h.upstream.script(x -> x.json(400, tooLong));
      r = client.post("/v1/messages", h.aliceKey, RawClient.body(OPUS, false));
      assertEquals(400, r.getStatus());
      assertEquals(tooLong, r.getContentAsString());

      for (DecisionRecord line : h.awaitDecisions(2)) {
        assertEquals(Action.ALLOW, line.action());
        assertEquals(Usage.ZERO, line.usage());
        assertEquals(0, line.costMicros());
      }
    }
  }

  @Test
  void anUnreachableUpstreamIs502() throws Exception {
    int closedPort;
    try (ServerSocket s = new ServerSocket(0)) {
      closedPort = s.getLocalPort();
    }
    URI nowhere = URI.create("http://127.0.0.1:" + closedPort);
    try (GatewayHarness h =
            GatewayHarness.start(state, TestPolicies.starter(), c -> c.withUpstream(nowhere));
        RawClient client = new RawClient(h.url())) {
      assertEquals(
          "The gateway could not connect to the upstream API.",
          assertError(
              client.post("/v1/messages", h.aliceKey, RawClient.body(OPUS, true)),
              502,
              "api_error"));
      DecisionRecord line = h.awaitDecisions(1).get(0);
      assertEquals(0, line.costMicros());
    }
  }

  @Test
  void aSilentUpstreamIs504() throws Exception {
    try (GatewayHarness h =
            GatewayHarness.start(
                state,
                TestPolicies.starter(),
                c ->
                    c.withTimeouts(
                        Duration.ofSeconds(2), Duration.ofMillis(300), Duration.ofSeconds(1)));
        RawClient client = new RawClient(h.url())) {
      h.upstream.script(
          x -> {
            Thread.sleep(1_500);
            x.json(200, "{}");
          });
      assertError(
          client.post("/v1/messages", h.aliceKey, RawClient.body(OPUS, false)),
          504,
          "timeout_error");
    }
  }

  @Test
  void jettysOwnErrorsUseTheAnthropicShapeToo() throws Exception {
    try (GatewayHarness h = GatewayHarness.start(state, TestPolicies.starter())) {
      URI gateway = URI.create(h.url());
      try (java.net.Socket socket = new java.net.Socket(gateway.getHost(), gateway.getPort())) {
        socket
            .getOutputStream()
            .write(
                "POST /v1/messages HTTP/1.1\r\nHost: gw\r\nContent-Length: abc\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
        String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(answer.startsWith("HTTP/1.1 400"), answer);
        assertTrue(
            answer.contains("{\"type\":\"error\",\"error\":{\"type\":\"invalid_request_error\""),
            answer);
        assertFalse(answer.contains("<html"), answer);
      }
    }
  }

  @Test
  void aBodyThatArrivesAfterItsHeadersIsReadAndDecidedWhenItComes() throws Exception {
    // Clients such as Node's undici write the headers and the body separately; the gateway then
    // waits for the body with Jetty's demand, which runs its reader when the body arrives.
    try (GatewayHarness h = GatewayHarness.start(state, TestPolicies.starter())) {
      URI gateway = URI.create(h.url());
      byte[] body = RawClient.body(OPUS, false).getBytes(StandardCharsets.UTF_8);
      try (java.net.Socket socket = new java.net.Socket(gateway.getHost(), gateway.getPort())) {
        socket.setTcpNoDelay(true);
        var out = socket.getOutputStream();
        out.write(
            ("POST /v1/messages HTTP/1.1\r\nHost: gw\r\nx-api-key: "
                    + h.aliceKey
                    + "\r\ncontent-type: application/json\r\nconnection: close\r\n"
                    + "content-length: "
                    + body.length
                    + "\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        out.flush();
        Thread.sleep(200);
        out.write(body);
        out.flush();
        String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(answer.startsWith("HTTP/1.1 200"), answer);
      }
      assertEquals(OPUS, h.upstream.received().get(0).model());
      assertEquals(Action.ALLOW, h.awaitDecisions(1).get(0).action());
    }
  }
}
