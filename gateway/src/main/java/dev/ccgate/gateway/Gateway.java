package dev.ccgate.gateway;

import dev.ccgate.gateway.admin.AdminHandler;
import dev.ccgate.gateway.admin.AdminOptions;
import dev.ccgate.gateway.admin.PolicyReloader;
import dev.ccgate.gateway.admin.ReloadResult;
import dev.ccgate.gateway.alert.AlertDispatcher;
import dev.ccgate.gateway.alert.AlertOptions;
import dev.ccgate.gateway.alert.SentAlerts;
import dev.ccgate.gateway.identity.KeyRing;
import dev.ccgate.gateway.identity.KeysFile;
import dev.ccgate.gateway.metrics.GatewayMetrics;
import dev.ccgate.gateway.metrics.MetricsPage;
import dev.ccgate.gateway.proxy.GatewayHandler;
import dev.ccgate.gateway.proxy.JsonErrorHandler;
import dev.ccgate.gateway.proxy.UpstreamClient;
import dev.ccgate.gateway.shared.RedisOptions;
import dev.ccgate.gateway.shared.RedisWalletStore;
import dev.ccgate.gateway.shared.WalletStore;
import dev.ccgate.gateway.state.DecisionLog;
import dev.ccgate.gateway.state.LedgerGuard;
import dev.ccgate.gateway.state.LedgerReplay;
import dev.ccgate.gateway.state.ReplayReport;
import dev.ccgate.gateway.state.Settler;
import dev.ccgate.kernel.Kernel;
import dev.ccgate.kernel.PeriodCalendar;
import dev.ccgate.kernel.StageCrossed;
import dev.ccgate.policy.Policy;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running gateway: the Jetty server, the upstream client, and the ledger rebuilt from the
 * decision log. {@link #start} returns once it is listening; {@link #close} stops it.
 */
public final class Gateway implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Gateway.class);

  private final Server server;
  private final HttpClient httpClient;
  private final DecisionLog log;
  private final LedgerGuard ledger;
  private final AlertDispatcher alerts;
  private final PolicyReloader reloader;
  private final ReplayReport replayed;
  private final URI uri;

  private Gateway(
      Server server,
      HttpClient httpClient,
      DecisionLog log,
      LedgerGuard ledger,
      AlertDispatcher alerts,
      PolicyReloader reloader,
      ReplayReport replayed,
      URI uri) {
    this.server = server;
    this.httpClient = httpClient;
    this.log = log;
    this.ledger = ledger;
    this.alerts = alerts;
    this.reloader = reloader;
    this.replayed = replayed;
    this.uri = uri;
  }

  /** Rebuilds the ledger from {@code config.stateDir()} and starts serving {@code policy}. */
  public static Gateway start(Policy policy, KeysFile keys, GatewayConfig config) throws Exception {
    return start(policy, keys, config, AlertOptions.defaults(), AdminOptions.NONE);
  }

  /**
   * As {@link #start(Policy, KeysFile, GatewayConfig)}, delivering alerts with {@code alerting}.
   */
  public static Gateway start(
      Policy policy, KeysFile keys, GatewayConfig config, AlertOptions alerting) throws Exception {
    return start(policy, keys, config, alerting, AdminOptions.NONE);
  }

  /**
   * As {@link #start(Policy, KeysFile, GatewayConfig)}, delivering alerts with {@code alerting} and
   * serving the admin API (and reloads) as {@code admin} says.
   */
  public static Gateway start(
      Policy policy, KeysFile keys, GatewayConfig config, AlertOptions alerting, AdminOptions admin)
      throws Exception {
    return start(policy, keys, config, alerting, admin, (RedisOptions) null);
  }

  /**
   * As {@link #start(Policy, KeysFile, GatewayConfig, AlertOptions, AdminOptions)}, sharing wallets
   * with other instances through the Redis {@code redis} names (null: the embedded default, which
   * needs no server). Fails when Redis cannot be reached at start.
   */
  public static Gateway start(
      Policy policy,
      KeysFile keys,
      GatewayConfig config,
      AlertOptions alerting,
      AdminOptions admin,
      RedisOptions redis)
      throws Exception {
    Files.createDirectories(config.stateDir());
    WalletStore store = redis == null ? WalletStore.local() : RedisWalletStore.connect(redis);
    try {
      return serve(
          policy, keys, config, alerting, admin, new LedgerGuard(new Kernel(policy), store));
    } catch (Exception | Error e) {
      store.close();
      throw e;
    }
  }

  private static Gateway serve(
      Policy policy,
      KeysFile keys,
      GatewayConfig config,
      AlertOptions alerting,
      AdminOptions admin,
      LedgerGuard ledger)
      throws Exception {
    AlertDispatcher alerts =
        new AlertDispatcher(
            ledger::policy, SentAlerts.load(config.stateDir()), alerting, config.clock());
    Instant now = config.clock().instant();
    List<StageCrossed> rederived = new ArrayList<>();
    ReplayReport replayed;
    try {
      replayed =
          LedgerReplay.replay(
              config.stateDir(),
              ledger,
              now,
              (r, s) -> {
                alerts.record(r);
                rederived.addAll(s.crossings());
              });
    } catch (IOException | RuntimeException e) {
      alerts.close();
      throw e;
    }
    // After the whole replay, so that a recovered alert's top spenders are complete. With shared
    // wallets, only stages no instance has claimed yet are recovered (each fires once across all).
    List<StageCrossed> recoverable =
        ledger.store().shared()
            ? ledger
                .store()
                .claim(
                    rederived.stream().filter(c -> c.resetAt().isAfter(now)).toList(),
                    new PeriodCalendar(policy.timezone()))
            : rederived;
    recoverable.forEach(c -> alerts.recover(c, now));
    if (replayed.torn() > 0 || replayed.malformed() > 0) {
      LOG.warn(
          "decision log: skipped {} torn and {} malformed lines while rebuilding the ledger",
          replayed.torn(),
          replayed.malformed());
    }
    DecisionLog log = new DecisionLog(config.stateDir(), config.clock());
    HttpClient httpClient = UpstreamClient.create(config, ledger.store().shared());
    GatewayMetrics metrics = new GatewayMetrics();
    PolicyReloader reloader =
        admin.source() == null ? null : new PolicyReloader(admin.source(), ledger);
    AdminHandler adminHandler =
        admin.token() == null
            ? null
            : new AdminHandler(
                admin.token(),
                ledger,
                log::appendDurably,
                reloader,
                config.stateDir(),
                config.clock());
    Server server = new Server(threadPool());
    try {
      httpClient.start();
      HttpConfiguration http = new HttpConfiguration();
      http.setSendServerVersion(false);
      http.setSendDateHeader(false);
      // Jetty's per-connection header field cache is a trie allocated at its full capacity (1,024
      // rows of 48 chars: 96 KiB) on a keep-alive connection's second request, and it can only
      // cache headers Jetty knows (a handful of Claude Code's ~15; anthropic-* and x-claude-code-*
      // are not among them). Every idle developer connection kept 96 KiB of old-generation heap for
      // it (145 MB with 1,500 connections in docs/BENCHMARKS.md) to save a few small allocations
      // per request, which the young generation frees for almost nothing.
      http.setHeaderCacheSize(0);
      ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
      connector.setHost(config.bind());
      connector.setPort(config.port());
      // The JDK's default backlog is 50: a burst of developers (re)connecting at once, e.g. after a
      // restart, overflowed it (the kernel logged SYN flooding on the gateway's port), and a
      // connection whose handshake is dropped waits a second for the client's SYN retry.
      connector.setAcceptQueueSize(1_024);
      // A non-streaming request may legitimately sit silent until upstream answers; the upstream
      // idle timeout must fire first, so that silence becomes a 504 rather than a dropped client.
      connector.setIdleTimeout(2 * config.idleTimeout().toMillis());
      server.addConnector(connector);
      server.setHandler(
          new GatewayHandler(
              config,
              new KeyRing(keys),
              ledger,
              new Settler(ledger, log, alerts),
              httpClient,
              new MetricsPage(metrics, ledger, alerts, config.clock()),
              adminHandler));
      server.setErrorHandler(new JsonErrorHandler());
      server.setStopTimeout(config.stopTimeout().toMillis());
      server.start();
      URI uri = URI.create("http://" + hostForUri(config.bind()) + ":" + connector.getLocalPort());
      return new Gateway(server, httpClient, log, ledger, alerts, reloader, replayed, uri);
    } catch (Exception e) {
      stopQuietly(server, httpClient, log, alerts, ledger);
      throw e;
    }
  }

  private static QueuedThreadPool threadPool() {
    QueuedThreadPool threads = new QueuedThreadPool(256, 8);
    threads.setName("ccgate");
    return threads;
  }

  private static String hostForUri(String bind) {
    if (bind.isEmpty() || "0.0.0.0".equals(bind)) {
      return "127.0.0.1";
    }
    return bind.contains(":") && !bind.startsWith("[") ? "[" + bind + "]" : bind;
  }

  /** Where the gateway listens, e.g. {@code http://127.0.0.1:8787}. */
  public URI uri() {
    return uri;
  }

  /** The ledger (for status and tests). */
  public LedgerGuard ledger() {
    return ledger;
  }

  /**
   * Reloads the policy from its source (what SIGHUP and {@code POST /admin/reload} do); empty when
   * the gateway was started without one.
   */
  public Optional<ReloadResult> reload() {
    return reloader == null ? Optional.empty() : Optional.of(reloader.reload());
  }

  /** The alert dispatcher (for metrics and tests). */
  public AlertDispatcher alerts() {
    return alerts;
  }

  /** What the start-up replay of the decision log read. */
  public ReplayReport replayed() {
    return replayed;
  }

  /** Blocks until the server stops. */
  public void join() throws InterruptedException {
    server.join();
  }

  /** Stops serving: in-flight exchanges get the server's stop timeout to finish. */
  @Override
  public void close() {
    stopQuietly(server, httpClient, log, alerts, ledger);
  }

  private static void stopQuietly(
      Server server,
      HttpClient httpClient,
      DecisionLog log,
      AlertDispatcher alerts,
      LedgerGuard ledger) {
    try {
      server.stop();
    } catch (Exception e) {
      LOG.warn("stopping the server: {}", e.toString());
    }
    try {
      httpClient.stop();
    } catch (Exception e) {
      LOG.warn("stopping the upstream client: {}", e.toString());
    }
    try {
      log.close();
    } catch (IOException e) {
      LOG.warn("closing the decision log: {}", e.toString());
    }
    alerts.close();
    ledger.store().close();
  }
}
