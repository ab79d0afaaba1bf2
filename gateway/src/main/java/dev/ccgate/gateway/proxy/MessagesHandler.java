package dev.ccgate.gateway.proxy;

import dev.ccgate.gateway.identity.Identity;
import dev.ccgate.gateway.metering.JsonMeter;
import dev.ccgate.gateway.metering.Metered;
import dev.ccgate.gateway.metering.ResponseMeter;
import dev.ccgate.gateway.metering.SseMeter;
import dev.ccgate.gateway.metrics.GatewayMetrics;
import dev.ccgate.gateway.state.LedgerGuard;
import dev.ccgate.gateway.state.Ruling;
import dev.ccgate.gateway.state.Settler;
import dev.ccgate.gateway.wire.ApiError;
import dev.ccgate.gateway.wire.InvalidRequestException;
import dev.ccgate.gateway.wire.MessagesRequest;
import dev.ccgate.gateway.wire.MessagesRequestParser;
import dev.ccgate.gateway.wire.ModelRewrite;
import dev.ccgate.gateway.wire.SessionIds;
import dev.ccgate.gateway.wire.ThinkingSupport;
import dev.ccgate.kernel.Decision;
import dev.ccgate.kernel.PauseMessage;
import dev.ccgate.policy.Policy;
import dev.ccgate.pricing.PriceTable;
import dev.ccgate.pricing.ResolvedModel;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.Invocable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /v1/messages}: read the body, ask the kernel, then either answer the pause (or
 * reject) without anything going upstream, or forward — with the model rewritten for a DOWNGRADE or
 * ROUTE — and settle what the response metered.
 */
final class MessagesHandler {
  private static final Logger LOG = LoggerFactory.getLogger(MessagesHandler.class);
  private static final String ROUTE = "messages";

  private final LedgerGuard ledger;
  private final Settler settler;
  private final Upstream upstream;
  private final Clock clock;
  private final long maxBodyBytes;
  private final Invocable.InvocationType invocationType; // the handler's: see BodyReader
  private final GatewayMetrics metrics;
  private final MessagesRequestParser parser = new MessagesRequestParser();

  MessagesHandler(
      LedgerGuard ledger,
      Settler settler,
      Upstream upstream,
      Clock clock,
      long maxBodyBytes,
      Invocable.InvocationType invocationType,
      GatewayMetrics metrics) {
    this.invocationType = invocationType;
    this.metrics = metrics;
    this.ledger = ledger;
    this.settler = settler;
    this.upstream = upstream;
    this.clock = clock;
    this.maxBodyBytes = maxBodyBytes;
  }

  void handle(
      Request clientToProxyRequest,
      Response proxyToClientResponse,
      Callback proxyToClientCallback,
      Identity identity,
      String requestId,
      long startNanos) {
    Instant arrived = clock.instant();
    BodyReader.read(
        clientToProxyRequest,
        maxBodyBytes,
        invocationType,
        (clientToProxyBody, failure) -> {
          if (failure != null) {
            metrics.request(ROUTE, "invalid");
            Bodies.refuse(
                proxyToClientResponse, proxyToClientCallback, failure, maxBodyBytes, requestId);
            return;
          }
          Exchange exchange =
              new Exchange(
                  clientToProxyRequest,
                  proxyToClientResponse,
                  proxyToClientCallback,
                  identity,
                  requestId,
                  arrived,
                  startNanos);
          onBody(exchange, clientToProxyBody);
        });
  }

  private void onBody(Exchange x, byte[] clientToProxyBody) {
    MessagesRequest asked;
    try {
      asked = parser.parse(clientToProxyBody);
    } catch (InvalidRequestException e) {
      metrics.request(ROUTE, "invalid");
      Replies.error(
          x.proxyToClientResponse(),
          x.proxyToClientCallback(),
          ApiError.invalidRequest(e.getMessage()),
          x.requestId());
      return;
    }
    Ruling ruling = ledger.decide(kernelRequest(x, asked));
    Decision decision = ruling.decision();
    metrics.decision(decision.action());
    metrics.request(ROUTE, decision.action().name().toLowerCase(Locale.ROOT));
    switch (decision.action()) {
      case PAUSE -> pause(x, ruling);
      case REJECT -> reject(x, ruling);
      case ALLOW -> forward(x, ruling, asked, clientToProxyBody);
      case DOWNGRADE, ROUTE -> forward(x, ruling, asked, rewrite(clientToProxyBody, asked, ruling));
    }
  }

  private dev.ccgate.kernel.Request kernelRequest(Exchange x, MessagesRequest asked) {
    String sessionId =
        SessionIds.of(
            x.clientToProxyRequest().getHeaders().get("x-claude-code-session-id"), asked.userId());
    return new dev.ccgate.kernel.Request(
        x.requestId(),
        sessionId,
        x.arrived(),
        x.identity().developer(),
        x.identity().teamHint(),
        asked.model(),
        asked.estimatedInputTokens(),
        Math.max(0, asked.maxTokens()),
        asked.stream());
  }

  /** The pause (SPEC §8): nothing goes upstream; the line is logged with zero usage. */
  private void pause(Exchange x, Ruling ruling) {
    Decision decision = ruling.decision();
    Policy policy = ruling.kernel().policy();
    String message =
        PauseMessage.render(policy.pause().message(), decision.pause(), policy.timezone());
    long retryAfter =
        Math.max(1, ceilSeconds(Duration.between(clock.instant(), decision.pause().resetAt())));
    settler.settle(ruling, Metered.NONE.usage(), false);
    Replies.pause(
        x.proxyToClientResponse(),
        x.proxyToClientCallback(),
        ApiError.pause(message),
        x.requestId(),
        retryAfter);
    metrics.overhead().observeNanos(System.nanoTime() - x.startNanos());
  }

  /** A developer the policy refuses ({@code developers.unknown: reject}). */
  private void reject(Exchange x, Ruling ruling) {
    settler.settle(ruling, Metered.NONE.usage(), false);
    Replies.error(
        x.proxyToClientResponse(),
        x.proxyToClientCallback(),
        ApiError.authentication("This key's developer is not admitted by the gateway's policy."),
        x.requestId());
    metrics.overhead().observeNanos(System.nanoTime() - x.startNanos());
  }

  private void forward(Exchange x, Ruling ruling, MessagesRequest asked, byte[] proxyToServerBody) {
    Decision decision = ruling.decision();
    long fallbackInput = asked.estimatedInputTokens();
    MeterFactory meters =
        (status, contentType) -> {
          if (status / 100 != 2) {
            return ResponseMeter.none(); // errors are not billed; their bodies pass unmodified
          }
          boolean sse =
              contentType != null
                  && contentType.toLowerCase(Locale.ROOT).startsWith("text/event-stream");
          return sse ? new SseMeter(fallbackInput) : new JsonMeter(fallbackInput);
        };
    upstream.forward(
        x.clientToProxyRequest(),
        x.proxyToClientResponse(),
        x.proxyToClientCallback(),
        x.requestId(),
        proxyToServerBody,
        meters,
        outcome -> {
          settler.settle(ruling, outcome.metered().usage(), outcome.metered().estimated());
          metrics
              .overhead()
              .observeNanos(System.nanoTime() - x.startNanos() - outcome.upstreamNanos());
          if (LOG.isDebugEnabled()) {
            LOG.debug(
                "{} key={} subagent={} {} {} -> {} status={} in={} out={} estimated={}"
                    + " clientGone={}",
                x.requestId(),
                x.identity().keyId(),
                x.clientToProxyRequest().getHeaders().contains("x-claude-code-agent-id"),
                decision.action(),
                decision.request().model(),
                decision.routedModel(),
                outcome.status(),
                outcome.metered().usage().promptTokens(),
                outcome.metered().usage().outputTokens(),
                outcome.metered().estimated(),
                outcome.clientGone());
          }
        });
  }

  private byte[] rewrite(byte[] body, MessagesRequest asked, Ruling ruling) {
    Decision decision = ruling.decision();
    PriceTable pricing = ruling.kernel().policy().pricing();
    ResolvedModel target = pricing.resolve(decision.routedModel());
    long maxOutput = pricing.priceAt(target, decision.request().time()).maxOutputTokens();
    return ModelRewrite.apply(
        body,
        asked,
        decision.routedModel(),
        maxOutput,
        ThinkingSupport.ofGeneration(target.generation()));
  }

  private static long ceilSeconds(Duration d) {
    long s = d.getSeconds();
    return d.getNano() > 0 ? s + 1 : s;
  }

  /** One request on its way through. */
  private record Exchange(
      Request clientToProxyRequest,
      Response proxyToClientResponse,
      Callback proxyToClientCallback,
      Identity identity,
      String requestId,
      Instant arrived,
      long startNanos) {}
}
