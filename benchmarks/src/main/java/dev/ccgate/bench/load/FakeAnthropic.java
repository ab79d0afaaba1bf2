package dev.ccgate.bench.load;

import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.eclipse.jetty.util.thread.Scheduler;

/**
 * A fake Anthropic Messages API on loopback speaking the real wire format: a JSON message whose
 * usage carries the cache split, or an SSE stream ({@code message_start}, {@code
 * content_block_start}, {@code ping}, text deltas, {@code content_block_stop}, {@code
 * message_delta}, {@code message_stop}). It answers at once; a stream's deltas can be spaced out so
 * that many streams stay open together. Writes never block a thread: a held stream costs a
 * connection and a scheduled task, not a thread.
 *
 * <p>The benchmarks module keeps its own fake rather than reusing the gateway's test fake: that one
 * records every request for assertions (memory that grows with load) and blocks a thread per event.
 */
final class FakeAnthropic implements AutoCloseable {
  private static final byte[] STREAM_TRUE = "\"stream\":true".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] MODEL_KEY = "\"model\":\"".getBytes(StandardCharsets.US_ASCII);
  private static final String USAGE =
      "{\"input_tokens\":12,\"cache_creation_input_tokens\":300,\"cache_read_input_tokens\":1800,"
          + "\"cache_creation\":{\"ephemeral_5m_input_tokens\":100,\"ephemeral_1h_input_tokens\":200},"
          + "\"output_tokens\":OUT,\"service_tier\":\"standard\"}";

  private final Server server;
  private final URI uri;
  private volatile int streamDeltas = 1;
  private volatile long streamDeltaIntervalMillis;

  /** Starts the fake on a free loopback port. */
  FakeAnthropic() throws Exception {
    QueuedThreadPool threads = new QueuedThreadPool(64, 4);
    threads.setName("fake-anthropic");
    server = new Server(threads);
    ServerConnector connector = new ServerConnector(server, 1, 1);
    connector.setHost("127.0.0.1");
    connector.setPort(0);
    connector.setAcceptQueueSize(4096);
    server.addConnector(connector);
    server.setHandler(new Answer());
    server.start();
    uri = URI.create("http://127.0.0.1:" + connector.getLocalPort());
  }

  /** Where the fake listens, e.g. {@code http://127.0.0.1:41234}. */
  URI uri() {
    return uri;
  }

  /** Streams from now on carry {@code deltas} text deltas, {@code intervalMillis} apart. */
  void streamShape(int deltas, long intervalMillis) {
    this.streamDeltas = deltas;
    this.streamDeltaIntervalMillis = intervalMillis;
  }

  @Override
  public void close() throws Exception {
    server.stop();
  }

  /** Reads the body (without blocking), then answers as JSON or SSE. */
  private final class Answer extends Handler.Abstract.NonBlocking {
    @Override
    public boolean handle(Request request, Response response, Callback callback) {
      Content.Source.asByteBufferAsync(request)
          .whenComplete(
              (body, failure) -> {
                if (failure != null) {
                  callback.failed(failure);
                  return;
                }
                byte[] bytes = new byte[body.remaining()];
                body.get(bytes);
                String path = request.getHttpURI().getPath();
                if (path.endsWith("/count_tokens")) {
                  json(response, callback, "{\"input_tokens\":2112}");
                } else if (indexOf(bytes, STREAM_TRUE, 0) >= 0) {
                  new Stream(response, callback, model(bytes), server.getScheduler()).start();
                } else {
                  json(response, callback, message(model(bytes)));
                }
              });
      return true;
    }
  }

  private static void json(Response response, Callback callback, String body) {
    response.setStatus(200);
    response.getHeaders().put("content-type", "application/json");
    response.getHeaders().put("request-id", "req_fake_load");
    response.getHeaders().put("anthropic-organization-id", "00000000-0000-0000-0000-000000000000");
    response.write(true, ByteBuffer.wrap(body.getBytes(StandardCharsets.UTF_8)), callback);
  }

  static String message(String model) {
    return "{\"id\":\"msg_fake_load\",\"type\":\"message\",\"role\":\"assistant\",\"model\":\""
        + model
        + "\",\"content\":[{\"type\":\"text\",\"text\":\"Done: the tests pass.\"}],"
        + "\"stop_reason\":\"end_turn\",\"stop_sequence\":null,\"usage\":"
        + USAGE.replace("OUT", "57")
        + "}";
  }

  /** The {@code model} string of a request body (the harness sends plain ASCII names). */
  private static String model(byte[] body) {
    int at = indexOf(body, MODEL_KEY, 0);
    if (at < 0) {
      return "claude-sonnet-4-5";
    }
    int start = at + MODEL_KEY.length;
    int end = start;
    while (end < body.length && body[end] != '"') {
      end++;
    }
    return new String(body, start, end - start, StandardCharsets.US_ASCII);
  }

  private static int indexOf(byte[] hay, byte[] needle, int from) {
    outer:
    for (int i = from; i <= hay.length - needle.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (hay[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  static String event(String name, String data) {
    return "event: " + name + "\ndata: " + data + "\n\n";
  }

  /** One SSE answer, written piece by piece from callbacks and scheduled tasks. */
  private final class Stream {
    private final Response response;
    private final Callback callback;
    private final String model;
    private final Scheduler scheduler;
    private final int deltas = streamDeltas;
    private final long interval = streamDeltaIntervalMillis;
    private int sent;

    Stream(Response response, Callback callback, String model, Scheduler scheduler) {
      this.response = response;
      this.callback = callback;
      this.model = model;
      this.scheduler = scheduler;
    }

    void start() {
      response.setStatus(200);
      response.getHeaders().put("content-type", "text/event-stream; charset=utf-8");
      response.getHeaders().put("cache-control", "no-cache");
      response.getHeaders().put("request-id", "req_fake_load");
      String head =
          event(
                  "message_start",
                  "{\"type\":\"message_start\",\"message\":{\"id\":\"msg_fake_load\",\"type\":"
                      + "\"message\",\"role\":\"assistant\",\"model\":\""
                      + model
                      + "\",\"content\":[],\"stop_reason\":null,\"stop_sequence\":null,\"usage\":"
                      + USAGE.replace("OUT", "1")
                      + "}}")
              + event(
                  "content_block_start",
                  "{\"type\":\"content_block_start\",\"index\":0,\"content_block\":"
                      + "{\"type\":\"text\",\"text\":\"\"}}")
              + event("ping", "{\"type\": \"ping\"}");
      write(false, head, this::next);
    }

    /** Writes the next delta (after the interval), or the tail once all deltas are out. */
    private void next() {
      if (sent < deltas) {
        Runnable delta =
            () -> {
              sent++;
              write(
                  false,
                  event(
                      "content_block_delta",
                      "{\"type\":\"content_block_delta\",\"index\":0,\"delta\":{\"type\":"
                          + "\"text_delta\",\"text\":\"word "
                          + sent
                          + " \"}}"),
                  this::next);
            };
        if (interval > 0) {
          scheduler.schedule(delta, interval, TimeUnit.MILLISECONDS);
        } else {
          delta.run();
        }
        return;
      }
      String tail =
          event("content_block_stop", "{\"type\":\"content_block_stop\",\"index\":0}")
              + event(
                  "message_delta",
                  "{\"type\":\"message_delta\",\"delta\":{\"stop_reason\":\"end_turn\","
                      + "\"stop_sequence\":null},\"usage\":{\"output_tokens\":"
                      + (3 * deltas + 5)
                      + "}}")
              + event("message_stop", "{\"type\":\"message_stop\"}");
      response.write(true, ByteBuffer.wrap(tail.getBytes(StandardCharsets.UTF_8)), callback);
    }

    private void write(boolean last, String text, Runnable then) {
      response.write(
          last,
          ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)),
          Callback.from(then, callback::failed));
    }
  }
}
