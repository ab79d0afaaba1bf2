package dev.ccgate.gateway.proxy;

import dev.ccgate.gateway.GatewayConfig;
import dev.ccgate.gateway.metrics.GatewayMetrics;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.client.transport.HttpClientConnectionFactory;
import org.eclipse.jetty.client.transport.HttpClientTransportDynamic;
import org.eclipse.jetty.http.HttpCookieStore;
import org.eclipse.jetty.http2.client.HTTP2Client;
import org.eclipse.jetty.http2.client.transport.ClientConnectionFactoryOverHTTP2;
import org.eclipse.jetty.io.ClientConnector;
import org.eclipse.jetty.util.thread.Invocable.InvocationType;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/** Builds the HTTP client that talks to upstream, and the {@link Upstream} over it. */
public final class UpstreamClient {
  private UpstreamClient() {}

  /**
   * An unstarted client: HTTP/1.1 and HTTP/2 (negotiated by ALPN over TLS; plain HTTP uses
   * HTTP/1.1), no redirects, no cookies, no content decoding (the gateway asks for identity and
   * relays bytes as they are), no User-Agent of its own (the client's passes through).
   *
   * @param sharedWallets whether settling adds to wallets shared through Redis (a network round
   *     trip, so the response listeners may block)
   */
  public static HttpClient create(GatewayConfig config, boolean sharedWallets) {
    QueuedThreadPool threads = new QueuedThreadPool(256, 4);
    threads.setName("ccgate-upstream");
    ClientConnector connector = new ClientConnector();
    connector.setExecutor(threads);
    HTTP2Client http2 = new HTTP2Client(connector);
    HttpClientTransportDynamic transport =
        new HttpClientTransportDynamic(
            connector,
            HttpClientConnectionFactory.HTTP11,
            new ClientConnectionFactoryOverHTTP2.HTTP2(http2));
    // Without Redis the response listeners (Relay) never block: they hand each chunk to the
    // non-blocking server write and read on when it completes, and settling holds the ledger lock
    // for microseconds. So upstream's answer may be processed on the thread that selected it,
    // instead of being handed to a pool thread (~0.1 ms less added latency at 100 requests/s,
    // docs/BENCHMARKS.md). With Redis, settling waits for a Redis round trip (up to its timeout
    // when Redis is away), which must not hold up a selector, so the default (blocking) stays.
    if (!sharedWallets) {
      transport.setInvocationType(InvocationType.NON_BLOCKING);
    }
    HttpClient client = new HttpClient(transport);
    client.setFollowRedirects(false);
    client.setHttpCookieStore(new HttpCookieStore.Empty());
    client.setUserAgentField(null);
    client.getContentDecoderFactories().clear();
    client.setConnectTimeout(config.connectTimeout().toMillis());
    client.setIdleTimeout(config.idleTimeout().toMillis());
    // Claude Code holds one stream per turn open for minutes; HTTP/1.1 needs a connection each.
    client.setMaxConnectionsPerDestination(2_048);
    client.setMaxRequestsQueuedPerDestination(8_192);
    return client;
  }

  /** The upstream leg over {@code httpClient} (started by the caller). */
  static Upstream upstream(HttpClient httpClient, GatewayConfig config, GatewayMetrics metrics) {
    return new Upstream(
        httpClient,
        config.upstream(),
        config.passthroughAuth() ? null : config.upstreamApiKey(),
        config.idleTimeout(),
        config.drainTimeout(),
        metrics);
  }
}
