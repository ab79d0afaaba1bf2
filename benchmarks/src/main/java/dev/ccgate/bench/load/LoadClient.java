package dev.ccgate.bench.load;

import java.nio.ByteBuffer;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.client.BytesRequestContent;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.client.Request;
import org.eclipse.jetty.client.Response;
import org.eclipse.jetty.client.Result;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The harness's HTTP/1.1 client (Jetty's, non-blocking), shared by every leg so that direct and
 * proxied requests go through the same code. Connections are kept alive and pooled per target.
 */
final class LoadClient implements AutoCloseable {
  /** What the client sees of one response, reported once when it completes. */
  interface Listener {
    /** The first body bytes arrived at {@code nanos}. */
    default void firstBytes(long nanos) {}

    /** Body bytes arrived ({@code events}: SSE event ends seen in them). */
    default void content(long nanos, int events) {}

    /** The exchange ended at {@code nanos}; {@code ok}: status 200 and a whole body. */
    void done(long nanos, boolean ok, int status);
  }

  private final HttpClient http;
  private final int developers;

  LoadClient(int developers) throws Exception {
    this.developers = developers;
    QueuedThreadPool threads = new QueuedThreadPool(64, 4);
    threads.setName("load-client");
    http = new HttpClient();
    http.setExecutor(threads);
    http.setMaxConnectionsPerDestination(4_096);
    http.setMaxRequestsQueuedPerDestination(1 << 20);
    http.setIdleTimeout(120_000);
    http.setConnectTimeout(10_000);
    http.setUserAgentField(null);
    http.setFollowRedirects(false);
    http.start();
  }

  /**
   * Sends one Messages request to {@code target} as bench developer {@code n % developers}; the
   * listener hears of it on a client thread.
   */
  void send(Target target, byte[] body, int n, long timeoutSeconds, Listener listener) {
    Request request =
        http.newRequest(target.messages())
            .method("POST")
            .timeout(timeoutSeconds, TimeUnit.SECONDS)
            .headers(
                h -> {
                  h.put("x-api-key", BenchRequest.virtualKey(n % developers));
                  h.put("anthropic-version", "2023-06-01");
                  h.put("anthropic-beta", "claude-code-20250219,interleaved-thinking-2025-05-14");
                  h.put("user-agent", "claude-cli/2.0.50 (external, cli)");
                  h.put("x-app", "cli");
                  h.put("x-claude-code-session-id", "5e55a1d0-0000-4000-8000-000000000001");
                  for (Map.Entry<String, String> e : target.headers().entrySet()) {
                    h.put(e.getKey(), e.getValue());
                  }
                })
            .body(new BytesRequestContent("application/json", body));
    request.send(new Counting(listener));
  }

  @Override
  public void close() throws Exception {
    http.stop();
  }

  /** Counts body bytes and SSE event ends ({@code \n\n}), without keeping the body. */
  private static final class Counting implements Response.Listener {
    private final Listener listener;
    private long bytes;
    private byte previous;

    Counting(Listener listener) {
      this.listener = listener;
    }

    @Override
    public void onContent(Response response, ByteBuffer content) {
      long now = System.nanoTime();
      if (bytes == 0) {
        listener.firstBytes(now);
      }
      int events = 0;
      while (content.hasRemaining()) {
        byte b = content.get();
        if (b == '\n' && previous == '\n') {
          events++;
        }
        previous = b;
        bytes++;
      }
      listener.content(now, events);
    }

    @Override
    public void onComplete(Result result) {
      long now = System.nanoTime();
      int status = result.getResponse() == null ? 0 : result.getResponse().getStatus();
      listener.done(now, result.isSucceeded() && status == 200 && bytes > 0, status);
    }
  }
}
