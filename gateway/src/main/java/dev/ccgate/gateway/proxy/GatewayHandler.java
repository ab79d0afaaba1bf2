package dev.ccgate.gateway.proxy;

import dev.ccgate.gateway.GatewayConfig;
import dev.ccgate.gateway.admin.AdminHandler;
import dev.ccgate.gateway.admin.AdminReply;
import dev.ccgate.gateway.identity.Identity;
import dev.ccgate.gateway.identity.KeyRing;
import dev.ccgate.gateway.metrics.GatewayMetrics;
import dev.ccgate.gateway.metrics.MetricsPage;
import dev.ccgate.gateway.state.LedgerGuard;
import dev.ccgate.gateway.state.Settler;
import dev.ccgate.gateway.wire.ApiError;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.Invocable;

/**
 * The gateway's one handler. Probes answer without identity; every route that could reach upstream
 * first identifies the developer (401 otherwise), then: messages are decided and settled, {@code
 * count_tokens} and {@code models} pass through free, anything else is 404.
 *
 * <p>It never blocks (bodies are read on demand, upstream is called asynchronously, the ledger's
 * lock is held for microseconds), so it is declared non-blocking: Jetty may then run it on the
 * thread that read the request instead of handing each request to another thread, which is the
 * largest fixed cost on the request path of a small machine. The one blocking part, the admin API's
 * body read, is handed to the server's executor. With shared wallets (Redis) deciding reads the
 * request's wallets from Redis, a network round trip that may wait for its timeout; that must not
 * hold a selector, so the handler is then declared blocking and Jetty runs it on a pool thread.
 */
public final class GatewayHandler extends Handler.Abstract {
  private final Authenticator authenticator;
  private final LedgerGuard ledger;
  private final MessagesHandler messages;
  private final Upstream upstream;
  private final long maxBodyBytes;
  private final MetricsPage metricsPage;
  private final GatewayMetrics metrics;
  private final AdminHandler admin;

  /**
   * The handler for {@code config}, sending upstream through {@code httpClient} and counting into
   * {@code metricsPage}'s metrics; {@code admin} is null when the admin API is off.
   */
  public GatewayHandler(
      GatewayConfig config,
      KeyRing keys,
      LedgerGuard ledger,
      Settler settler,
      HttpClient httpClient,
      MetricsPage metricsPage,
      AdminHandler admin) {
    super(
        ledger.store().shared()
            ? Invocable.InvocationType.BLOCKING
            : Invocable.InvocationType.NON_BLOCKING);
    this.admin = admin;
    this.authenticator = new Authenticator(keys, config.passthroughAuth());
    this.ledger = ledger;
    this.metricsPage = metricsPage;
    this.metrics = metricsPage.metrics();
    this.upstream = UpstreamClient.upstream(httpClient, config, metrics);
    this.maxBodyBytes = config.maxBodyBytes();
    this.messages =
        new MessagesHandler(
            ledger,
            settler,
            upstream,
            config.clock(),
            config.maxBodyBytes(),
            getInvocationType(),
            metrics);
  }

  @Override
  public boolean handle(
      Request clientToProxyRequest,
      Response proxyToClientResponse,
      Callback proxyToClientCallback) {
    long startNanos = System.nanoTime();
    String method = clientToProxyRequest.getMethod();
    String path = clientToProxyRequest.getHttpURI().getPath();
    if ("/".equals(path) && "HEAD".equals(method)) {
      Replies.empty(proxyToClientResponse, proxyToClientCallback); // Claude Code's probe
      return true;
    }
    if ("/healthz".equals(path)) {
      Replies.ok(proxyToClientResponse, proxyToClientCallback, "{\"status\":\"ok\"}");
      return true;
    }
    if ("/metrics".equals(path) && "GET".equals(method)) {
      Replies.text(
          proxyToClientResponse,
          proxyToClientCallback,
          MetricsPage.CONTENT_TYPE,
          metricsPage.render());
      return true;
    }
    String requestId = RequestIds.next();
    if (path.startsWith("/admin/")) {
      // Admin calls read their (tiny) body blocking: never on a thread Jetty may be selecting with.
      clientToProxyRequest
          .getComponents()
          .getExecutor()
          .execute(
              () ->
                  admin(
                      clientToProxyRequest,
                      proxyToClientResponse,
                      proxyToClientCallback,
                      requestId));
      return true;
    }
    Route route = Route.of(method, path);
    Optional<Identity> identity = authenticator.identify(clientToProxyRequest.getHeaders());
    if (identity.isEmpty()) {
      metrics.request(route.label(), "unauthenticated");
      Replies.error(
          proxyToClientResponse,
          proxyToClientCallback,
          unauthenticated(clientToProxyRequest),
          requestId);
      return true;
    }
    switch (route) {
      case MESSAGES ->
          messages.handle(
              clientToProxyRequest,
              proxyToClientResponse,
              proxyToClientCallback,
              identity.get(),
              requestId,
              startNanos);
      case COUNT_TOKENS, MODELS -> {
        if (refusedUnlisted(identity.get())) {
          metrics.request(route.label(), "reject");
          Replies.error(
              proxyToClientResponse,
              proxyToClientCallback,
              ApiError.authentication(
                  "This key's developer is not admitted by the gateway's policy."),
              requestId);
        } else {
          metrics.request(route.label(), "forward");
          passThrough(
              clientToProxyRequest, proxyToClientResponse, proxyToClientCallback, requestId, route);
        }
      }
      case NOT_FOUND -> {
        metrics.request(route.label(), "not_found");
        Replies.error(proxyToClientResponse, proxyToClientCallback, ApiError.notFound(), requestId);
      }
    }
    return true;
  }

  /** The admin API, or 404 when it is off (no token configured). */
  private void admin(
      Request clientToProxyRequest,
      Response proxyToClientResponse,
      Callback proxyToClientCallback,
      String requestId) {
    AdminReply reply;
    try {
      reply =
          admin == null
              ? AdminReply.notFound()
              : admin.handle(
                  clientToProxyRequest.getMethod(),
                  clientToProxyRequest.getHttpURI().getPath(),
                  clientToProxyRequest.getHttpURI().getQuery(),
                  clientToProxyRequest.getHeaders().get(HttpHeader.AUTHORIZATION),
                  // Admin bodies are tiny and read only after the token check.
                  () -> Content.Source.asString(clientToProxyRequest, StandardCharsets.UTF_8));
    } catch (IOException e) {
      reply = AdminReply.badRequest("unreadable request: " + e.getMessage());
    } catch (RuntimeException e) {
      // Off Jetty's own call now, so nothing else would complete the exchange.
      proxyToClientCallback.failed(e);
      return;
    }
    if (reply.error() != null) {
      Replies.error(proxyToClientResponse, proxyToClientCallback, reply.error(), requestId);
    } else {
      Replies.json(proxyToClientResponse, proxyToClientCallback, reply.status(), reply.json());
    }
  }

  /** Free routes: forwarded unchanged, nothing decided, charged or logged as a billed request. */
  private void passThrough(
      Request clientToProxyRequest,
      Response proxyToClientResponse,
      Callback proxyToClientCallback,
      String requestId,
      Route route) {
    if (route == Route.MODELS) {
      upstream.forward(
          clientToProxyRequest,
          proxyToClientResponse,
          proxyToClientCallback,
          requestId,
          null,
          MeterFactory.FREE,
          outcome -> {});
      return;
    }
    BodyReader.read(
        clientToProxyRequest,
        maxBodyBytes,
        getInvocationType(),
        (clientToProxyBody, failure) -> {
          if (failure != null) {
            Bodies.refuse(
                proxyToClientResponse, proxyToClientCallback, failure, maxBodyBytes, requestId);
            return;
          }
          upstream.forward(
              clientToProxyRequest,
              proxyToClientResponse,
              proxyToClientCallback,
              requestId,
              clientToProxyBody,
              MeterFactory.FREE,
              outcome -> {});
        });
  }

  /**
   * A developer the policy does not admit ({@code developers.unknown: reject}) is refused on the
   * free routes too; on {@code /v1/messages} the kernel's REJECT says the same and is logged.
   */
  private boolean refusedUnlisted(Identity identity) {
    return !ledger.admits(identity.developer(), identity.teamHint());
  }

  private static ApiError unauthenticated(Request clientToProxyRequest) {
    return Authenticator.credential(clientToProxyRequest.getHeaders()) == null
        ? ApiError.authentication(
            "Missing API key: send your ccgate key in x-api-key or Authorization: Bearer.")
        : ApiError.authentication("Invalid API key.");
  }
}
