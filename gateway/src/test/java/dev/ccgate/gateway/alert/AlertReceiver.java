package dev.ccgate.gateway.alert;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;

/** A Slack/webhook receiver on a loopback port that records the bodies it accepted. */
final class AlertReceiver implements AutoCloseable {
  private final Server server = new Server();
  private final ServerConnector connector = new ServerConnector(server);
  private final List<String> accepted = new CopyOnWriteArrayList<>();
  private final AtomicInteger attempts = new AtomicInteger();
  private final AtomicInteger failuresLeft;

  /** A started receiver answering 500 to its first {@code failFirst} requests. */
  AlertReceiver(int failFirst) throws Exception {
    failuresLeft = new AtomicInteger(failFirst);
    connector.setHost("127.0.0.1");
    connector.setPort(0);
    server.addConnector(connector);
    server.setHandler(
        new Handler.Abstract() {
          @Override
          public boolean handle(Request request, Response response, Callback callback)
              throws Exception {
            String body = Content.Source.asString(request, StandardCharsets.UTF_8);
            attempts.incrementAndGet();
            if (failuresLeft.getAndDecrement() > 0) {
              response.setStatus(500);
              Content.Sink.write(response, true, "boom", callback);
              return true;
            }
            accepted.add(body);
            response.setStatus(200);
            Content.Sink.write(response, true, "ok", callback);
            return true;
          }
        });
    server.start();
  }

  URI uri() {
    return URI.create("http://127.0.0.1:" + connector.getLocalPort() + "/hook");
  }

  int attempts() {
    return attempts.get();
  }

  List<String> accepted() {
    return List.copyOf(accepted);
  }

  /** Waits (up to 10 s) for {@code n} accepted bodies and returns them all. */
  List<String> await(int n) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (accepted.size() < n && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    if (accepted.size() < n) {
      throw new AssertionError("expected " + n + " alerts, received " + accepted);
    }
    return accepted();
  }

  @Override
  public void close() throws Exception {
    server.stop();
  }
}
