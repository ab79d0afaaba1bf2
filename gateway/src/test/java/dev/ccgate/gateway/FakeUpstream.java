package dev.ccgate.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;

/**
 * A fake Anthropic API on loopback that speaks the real wire format (JSON messages, SSE streams
 * with pings and the cache split, count_tokens, models, error bodies) and records what it received.
 * Tests swap its {@link Script} to make it slow, cut a stream, send a mid-stream error, and so on.
 */
public final class FakeUpstream implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** One request as upstream saw it (a test value: never compared as a whole). */
  @SuppressWarnings("ArrayRecordComponent")
  public record Received(
      String method, String pathQuery, HttpFields headers, byte[] body, String model) {
    /** The body as text. */
    public String text() {
      return new String(body, StandardCharsets.UTF_8);
    }
  }

  /** How upstream answers one request. */
  @FunctionalInterface
  public interface Script {
    /** Answers {@code x}. */
    void answer(Exchange x) throws Exception;
  }

  /** The usage a standard answer reports (distinctive numbers, cache split included). */
  public record Tokens(long input, long write5m, long write1h, long read, long output) {
    /** The numbers real-client.md's fake used. */
    public static final Tokens DEFAULT = new Tokens(1111, 222, 2000, 3333, 44);

    String usageJson(long outputTokens) {
      return "{\"input_tokens\":"
          + input
          + ",\"cache_creation_input_tokens\":"
          + (write5m + write1h)
          + ",\"cache_read_input_tokens\":"
          + read
          + ",\"cache_creation\":{\"ephemeral_5m_input_tokens\":"
          + write5m
          + ",\"ephemeral_1h_input_tokens\":"
          + write1h
          + "},\"output_tokens\":"
          + outputTokens
          + ",\"service_tier\":\"standard\"}";
    }
  }

  private final Server server;
  private final URI uri;
  private final List<Received> received = new CopyOnWriteArrayList<>();
  private volatile Script script;
  private volatile Tokens tokens = Tokens.DEFAULT;

  /** Starts a fake on a free loopback port. */
  public FakeUpstream() throws Exception {
    server = new Server();
    ServerConnector connector = new ServerConnector(server);
    connector.setHost("127.0.0.1");
    connector.setPort(0);
    server.addConnector(connector);
    server.setHandler(
        new Handler.Abstract() {
          @Override
          public boolean handle(Request request, Response response, Callback callback)
              throws Exception {
            byte[] body = bytes(Content.Source.asByteBuffer(request));
            String model = null;
            if (body.length > 0) {
              try {
                JsonNode n = JSON.readTree(body);
                model = n == null ? null : n.path("model").asText(null);
              } catch (java.io.IOException e) {
                model = null;
              }
            }
            Received r =
                new Received(
                    request.getMethod(),
                    request.getHttpURI().getPathQuery(),
                    HttpFields.build(request.getHeaders()).asImmutable(),
                    body,
                    model);
            received.add(r);
            Script s = script;
            if (s == null) {
              s = FakeUpstream.this::standard;
            }
            s.answer(new Exchange(request, response, callback, r));
            return true;
          }
        });
    server.start();
    uri = URI.create("http://127.0.0.1:" + connector.getLocalPort());
  }

  private static byte[] bytes(ByteBuffer b) {
    byte[] out = new byte[b.remaining()];
    b.get(out);
    return out;
  }

  /** Where the fake listens. */
  public URI uri() {
    return uri;
  }

  /** Everything received so far, in order. */
  public List<Received> received() {
    return List.copyOf(received);
  }

  /** Answers with {@code s} from now on (null: the standard answers). */
  public void script(Script s) {
    this.script = s;
  }

  /** The usage standard answers report. */
  public void tokens(Tokens t) {
    this.tokens = t;
  }

  /** The standard answers: count_tokens, models, and a message as JSON or SSE. */
  public void standard(Exchange x) throws Exception {
    String path = x.request.getHttpURI().getPath();
    if (path.equals("/v1/messages/count_tokens")) {
      x.json(200, "{\"input_tokens\":123}");
    } else if (path.startsWith("/v1/models")) {
      x.json(
          200,
          "{\"data\":[{\"type\":\"model\",\"id\":\"claude-opus-4-5\",\"display_name\":\"Claude Opus 4.5\","
              + "\"created_at\":\"2025-11-24T00:00:00Z\"}],\"has_more\":false,"
              + "\"first_id\":\"claude-opus-4-5\",\"last_id\":\"claude-opus-4-5\"}");
    } else if (x.streaming()) {
      x.sseHeaders();
      for (String event : standardEvents(x.received.model(), tokens)) {
        x.send(event);
      }
      x.end();
    } else {
      x.json(200, message(x.received.model(), tokens));
    }
  }

  /** A complete non-streaming message for {@code model} with {@code t}'s usage. */
  public static String message(String model, Tokens t) {
    return "{\"id\":\"msg_fake01\",\"type\":\"message\",\"role\":\"assistant\",\"model\":\""
        + model
        + "\",\"content\":[{\"type\":\"text\",\"text\":\"OK\"}],\"stop_reason\":\"end_turn\","
        + "\"stop_sequence\":null,\"usage\":"
        + t.usageJson(t.output())
        + "}";
  }

  /** The standard stream: start, a text block with a ping inside, the final delta, stop. */
  public static List<String> standardEvents(String model, Tokens t) {
    return List.of(
        event("message_start", messageStart(model, t)),
        event(
            "content_block_start",
            "{\"type\":\"content_block_start\",\"index\":0,\"content_block\":{\"type\":\"text\",\"text\":\"\"}}"),
        event("ping", "{\"type\": \"ping\"}"),
        textDelta("OK"),
        event("content_block_stop", "{\"type\":\"content_block_stop\",\"index\":0}"),
        event(
            "message_delta",
            "{\"type\":\"message_delta\",\"delta\":{\"stop_reason\":\"end_turn\",\"stop_sequence\":null},"
                + "\"usage\":{\"output_tokens\":"
                + t.output()
                + "}}"),
        event("message_stop", "{\"type\":\"message_stop\"}"));
  }

  /** The {@code message_start} data. */
  public static String messageStart(String model, Tokens t) {
    return "{\"type\":\"message_start\",\"message\":{\"id\":\"msg_fake01\",\"type\":\"message\","
        + "\"role\":\"assistant\",\"model\":\""
        + model
        + "\",\"content\":[],\"stop_reason\":null,\"stop_sequence\":null,\"usage\":"
        + t.usageJson(1)
        + "}}";
  }

  /** A text delta event. */
  public static String textDelta(String text) {
    return event(
        "content_block_delta",
        "{\"type\":\"content_block_delta\",\"index\":0,\"delta\":{\"type\":\"text_delta\",\"text\":\""
            + text
            + "\"}}");
  }

  /** One SSE event. */
  public static String event(String name, String data) {
    return "event: " + name + "\ndata: " + data + "\n\n";
  }

  @Override
  public void close() {
    try {
      server.stop();
    } catch (Exception e) {
      throw new IllegalStateException("stopping the fake upstream", e);
    }
  }

  /** One request being answered. */
  public static final class Exchange {
    private final Request request;
    private final Response response;
    private final Callback callback;
    private final Received received;

    Exchange(Request request, Response response, Callback callback, Received received) {
      this.request = request;
      this.response = response;
      this.callback = callback;
      this.received = received;
    }

    /** What was received. */
    public Received received() {
      return received;
    }

    /** True for {@code "stream": true}. */
    public boolean streaming() throws java.io.IOException {
      return received.body().length > 0
          && JSON.readTree(received.body()).path("stream").asBoolean();
    }

    /** A whole JSON answer. */
    public void json(int status, String body) {
      response.setStatus(status);
      response.getHeaders().put("content-type", "application/json");
      response.getHeaders().put("request-id", "req_upstream01");
      response.write(true, ByteBuffer.wrap(body.getBytes(StandardCharsets.UTF_8)), callback);
    }

    /**
     * Starts a JSON answer to be sent in parts ({@link #send}, then {@link #end}): with {@code
     * body}'s length declared, or without a length (sent chunked) when {@code body} is null.
     */
    public void jsonHeaders(int status, String body) {
      response.setStatus(status);
      response.getHeaders().put("content-type", "application/json");
      response.getHeaders().put("request-id", "req_upstream01");
      if (body != null) {
        response.getHeaders().put("content-length", body.getBytes(StandardCharsets.UTF_8).length);
      }
    }

    /** Starts an SSE answer. */
    public void sseHeaders() {
      response.setStatus(200);
      response.getHeaders().put("content-type", "text/event-stream; charset=utf-8");
      response.getHeaders().put("request-id", "req_upstream01");
    }

    /** Sends {@code text} and waits until it is written (each call is flushed). */
    public void send(String text) throws Exception {
      Callback.Completable done = new Callback.Completable();
      response.write(false, ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)), done);
      done.get(10, TimeUnit.SECONDS);
    }

    /** Ends the answer normally. */
    public void end() {
      response.write(true, ByteBuffer.allocate(0), callback);
    }

    /** Drops the connection mid-answer, as a network cut would. */
    public void cut() {
      request.getConnectionMetaData().getConnection().getEndPoint().close();
      callback.failed(new java.io.EOFException("cut by the fake upstream"));
    }
  }
}
