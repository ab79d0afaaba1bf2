package dev.ccgate.gateway.proxy;

import dev.ccgate.gateway.metrics.GatewayMetrics;
import java.net.URI;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.eclipse.jetty.client.BytesRequestContent;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The proxy-to-server leg: builds the upstream request from the client's (every header but the
 * hop-by-hop ones and the credential the gateway replaces; the body byte for byte unless rewritten;
 * the query unchanged) and relays the response through a {@link Relay}.
 */
final class Upstream {
  /**
   * Request headers the gateway sets itself: the connection's own framing, and {@code
   * accept-encoding}, because the response must arrive uncompressed to be metered (anthropic-api.md
   * §3.2).
   */
  private static final Set<String> REPLACED =
      Set.of("host", "content-length", "accept-encoding", "expect");

  private static final Set<String> CREDENTIALS = Set.of("x-api-key", "authorization");

  private final HttpClient httpClient;
  private final String base;
  private final String upstreamApiKey;
  private final Duration idleTimeout;
  private final Duration drainTimeout;
  private final GatewayMetrics metrics;

  /**
   * The upstream at {@code base}.
   *
   * @param upstreamApiKey the key that replaces the client's credential, or null to forward the
   *     client's own (pass-through auth)
   * @param drainTimeout how long to keep reading (and metering) a response after its client left
   */
  Upstream(
      HttpClient httpClient,
      URI base,
      String upstreamApiKey,
      Duration idleTimeout,
      Duration drainTimeout,
      GatewayMetrics metrics) {
    this.httpClient = httpClient;
    String b = base.toString();
    this.base = b.endsWith("/") ? b.substring(0, b.length() - 1) : b;
    this.upstreamApiKey = upstreamApiKey;
    this.idleTimeout = idleTimeout;
    this.drainTimeout = drainTimeout;
    this.metrics = metrics;
  }

  /**
   * Sends {@code clientToProxyRequest} upstream with {@code proxyToServerBody} (null for none) and
   * relays the answer to {@code proxyToClientResponse}; {@code done} gets the outcome exactly once,
   * before the client sees the end of the response, timed from the send and recorded in the
   * upstream latency histogram.
   */
  void forward(
      Request clientToProxyRequest,
      Response proxyToClientResponse,
      Callback proxyToClientCallback,
      String requestId,
      byte[] proxyToServerBody,
      MeterFactory meters,
      Consumer<Outcome> done) {
    var proxyToServerRequest =
        httpClient
            .newRequest(base + clientToProxyRequest.getHttpURI().getPathQuery())
            .method(clientToProxyRequest.getMethod())
            .idleTimeout(idleTimeout.toMillis(), TimeUnit.MILLISECONDS);
    copyRequestHeaders(clientToProxyRequest, proxyToServerRequest);
    if (proxyToServerBody != null) {
      proxyToServerRequest.body(new BytesRequestContent(proxyToServerBody));
    }
    long[] sentAt = new long[1]; // set just before the send, read when the outcome comes
    Consumer<Outcome> timed =
        outcome -> {
          long upstreamNanos = System.nanoTime() - sentAt[0];
          metrics.upstream().observeNanos(upstreamNanos);
          done.accept(outcome.withUpstreamNanos(upstreamNanos));
        };
    Relay relay =
        new Relay(
            proxyToServerRequest,
            proxyToClientResponse,
            proxyToClientCallback,
            requestId,
            meters,
            httpClient.getScheduler(),
            drainTimeout,
            timed);
    clientToProxyRequest.addFailureListener(relay::clientGone);
    sentAt[0] = System.nanoTime();
    proxyToServerRequest.send(relay);
  }

  private void copyRequestHeaders(
      Request clientToProxyRequest, org.eclipse.jetty.client.Request proxyToServerRequest) {
    var clientToProxyHeaders = clientToProxyRequest.getHeaders();
    HopByHop hop = HopByHop.of(clientToProxyHeaders);
    proxyToServerRequest.headers(
        proxyToServerHeaders -> {
          for (HttpField field : clientToProxyHeaders) {
            String name = field.getLowerCaseName();
            if (hop.drops(field)
                || REPLACED.contains(name)
                || (upstreamApiKey != null && CREDENTIALS.contains(name))) {
              continue;
            }
            proxyToServerHeaders.add(field);
          }
          if (upstreamApiKey != null) {
            proxyToServerHeaders.put("x-api-key", upstreamApiKey);
          }
          proxyToServerHeaders.put("accept-encoding", "identity");
        });
  }
}
