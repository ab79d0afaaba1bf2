package dev.ccgate.gateway.metrics;

import dev.ccgate.gateway.alert.AlertDispatcher;
import dev.ccgate.gateway.shared.StoreStatus;
import dev.ccgate.gateway.state.LedgerGuard;
import dev.ccgate.gateway.state.WalletStatus;
import dev.ccgate.kernel.Action;
import dev.ccgate.kernel.Scope;
import dev.ccgate.policy.Money;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * {@code /metrics} in the Prometheus text format (0.0.4), written by hand: the format is a few
 * lines and a client library would be the gateway's largest dependency. Series are sorted, so a
 * scrape is deterministic. Wallet gauges cover the org and team wallets (developer wallets would
 * make one series per person); no prompt text or key ever appears.
 */
public final class MetricsPage {
  /** The {@code Content-Type} of the page. */
  public static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

  private final GatewayMetrics metrics;
  private final LedgerGuard ledger;
  private final AlertDispatcher alerts;
  private final Clock clock;

  /** The page over {@code metrics}, the wallets of {@code ledger} and the {@code alerts} counts. */
  public MetricsPage(
      GatewayMetrics metrics, LedgerGuard ledger, AlertDispatcher alerts, Clock clock) {
    this.metrics = metrics;
    this.ledger = ledger;
    this.alerts = alerts;
    this.clock = clock;
  }

  /** The metrics being rendered (the request path updates them). */
  public GatewayMetrics metrics() {
    return metrics;
  }

  /** The page's text. */
  public String render() {
    StringBuilder out = new StringBuilder(4096);
    requests(out);
    decisions(out);
    metrics
        .upstream()
        .render(out, "ccgate_upstream_latency_seconds", "Upstream exchange time, sent to done.");
    metrics
        .overhead()
        .render(
            out,
            "ccgate_gateway_overhead_seconds",
            "Time in the gateway per request, excluding the upstream exchange.");
    wallets(out);
    header(out, "ccgate_alerts_sent_total", "Alerts delivered since start.", "counter");
    out.append("ccgate_alerts_sent_total ").append(alerts.delivered()).append('\n');
    header(out, "ccgate_alerts_failed_total", "Alerts given up since start.", "counter");
    out.append("ccgate_alerts_failed_total ").append(alerts.failed()).append('\n');
    store(out);
    return out.toString();
  }

  private void requests(StringBuilder out) {
    header(out, "ccgate_requests_total", "Requests by route and outcome.", "counter");
    List<String> keys = new ArrayList<>(metrics.requestCounters().keySet());
    keys.sort(null);
    for (String key : keys) {
      int cut = key.indexOf('\u0000');
      out.append("ccgate_requests_total{route=\"")
          .append(key, 0, cut)
          .append("\",action=\"")
          .append(key, cut + 1, key.length())
          .append("\"} ")
          .append(metrics.requestCounters().get(key).sum())
          .append('\n');
    }
  }

  private void decisions(StringBuilder out) {
    header(out, "ccgate_decisions_total", "Kernel decisions by action.", "counter");
    for (Map.Entry<Action, LongAdder> e : metrics.decisionCounters().entrySet()) {
      out.append("ccgate_decisions_total{action=\"")
          .append(e.getKey().name().toLowerCase(Locale.ROOT))
          .append("\"} ")
          .append(e.getValue().sum())
          .append('\n');
    }
  }

  /** The shared wallet store's health; nothing with the embedded default. */
  private void store(StringBuilder out) {
    StoreStatus s = ledger.store().status();
    if (!s.shared()) {
      return;
    }
    header(out, "ccgate_redis_up", "1 when the last Redis call succeeded, else 0.", "gauge");
    out.append("ccgate_redis_up ").append(s.up() ? 1 : 0).append('\n');
    header(
        out,
        "ccgate_redis_failures_total",
        "Redis calls that failed or timed out (answered from the local ledger).",
        "counter");
    out.append("ccgate_redis_failures_total ").append(s.failures()).append('\n');
    header(out, "ccgate_redis_backlog", "Settled costs waiting to be added to Redis.", "gauge");
    out.append("ccgate_redis_backlog ").append(s.backlog()).append('\n');
    header(
        out,
        "ccgate_redis_backlog_dropped_total",
        "Settled costs never added to Redis (the backlog was full).",
        "counter");
    out.append("ccgate_redis_backlog_dropped_total ").append(s.dropped()).append('\n');
  }

  private void wallets(StringBuilder out) {
    List<WalletStatus> wallets =
        ledger.wallets(clock.instant()).stream()
            .filter(w -> w.id().scope() != Scope.DEVELOPER)
            .toList();
    header(out, "ccgate_wallet_spent_usd", "Spend in the wallet's current period.", "gauge");
    for (WalletStatus w : wallets) {
      gauge(out, "ccgate_wallet_spent_usd", w, w.spentMicros());
    }
    header(out, "ccgate_wallet_limit_usd", "The wallet's limit for its period.", "gauge");
    for (WalletStatus w : wallets) {
      gauge(out, "ccgate_wallet_limit_usd", w, w.limitMicros());
    }
    header(out, "ccgate_wallet_remaining_usd", "Budget left in the current period.", "gauge");
    for (WalletStatus w : wallets) {
      gauge(out, "ccgate_wallet_remaining_usd", w, w.remainingMicros());
    }
  }

  private static void gauge(StringBuilder out, String name, WalletStatus w, long micros) {
    out.append(name)
        .append("{wallet=\"")
        .append(escape(w.id().key()))
        .append("\"} ")
        .append(Money.usd(micros).toPlainString())
        .append('\n');
  }

  private static void header(StringBuilder out, String name, String help, String type) {
    out.append("# HELP ").append(name).append(' ').append(help).append('\n');
    out.append("# TYPE ").append(name).append(' ').append(type).append('\n');
  }

  /** Label values escape backslash, quote and newline (the text format's only escapes). */
  private static String escape(String v) {
    return v.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
  }
}
