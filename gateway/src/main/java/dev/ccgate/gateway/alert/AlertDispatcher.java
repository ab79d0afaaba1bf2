package dev.ccgate.gateway.alert;

import dev.ccgate.decision.DecisionRecord;
import dev.ccgate.gateway.alert.SpendTally.Spender;
import dev.ccgate.kernel.PeriodCalendar;
import dev.ccgate.kernel.StageCrossed;
import dev.ccgate.policy.AlertChannel;
import dev.ccgate.policy.Policy;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.eclipse.jetty.client.ContentResponse;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.client.StringRequestContent;
import org.eclipse.jetty.http.HttpMethod;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers stage crossings to the policy's channels on one background thread, so a request never
 * waits for Slack: {@link #publish} only claims the alert and queues it. Failed attempts are
 * retried after the configured waits; a delivered alert is recorded in {@link SentAlerts} and never
 * sent again, also after a restart.
 */
public final class AlertDispatcher implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(AlertDispatcher.class);
  private static final int TOP_SPENDERS = 3;

  private final Supplier<Policy> policy;
  private final SentAlerts sent;
  private final SpendTally tally;
  private final AlertOptions options;
  private final Clock clock;
  private final HttpClient http = new HttpClient();
  private final ScheduledExecutorService worker;
  private final AtomicInteger pending = new AtomicInteger();
  private final AtomicLong delivered = new AtomicLong();
  private final AtomicLong failed = new AtomicLong();

  /** A started dispatcher for the current {@code policy}, remembering alerts in {@code sent}. */
  public AlertDispatcher(
      Supplier<Policy> policy, SentAlerts sent, AlertOptions options, Clock clock)
      throws Exception {
    this.policy = policy;
    this.sent = sent;
    this.tally = new SpendTally(new PeriodCalendar(policy.get().timezone()));
    this.options = options;
    this.clock = clock;
    this.worker =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "ccgate-alerts");
              t.setDaemon(true);
              return t;
            });
    http.start();
  }

  /** Counts a settled or replayed request towards the period's top spenders. */
  public void record(DecisionRecord r) {
    tally.add(r);
  }

  /** Queues {@code crossing} for its channel unless it was sent already; never blocks. */
  public void publish(StageCrossed crossing) {
    Policy p = policy.get();
    AlertChannel channel =
        crossing.channel() == null ? null : p.alerts().channels().get(crossing.channel());
    if (channel == null) {
      return; // the policy routes this wallet nowhere
    }
    AlertKey key = AlertKey.of(crossing, new PeriodCalendar(p.timezone()));
    if (!sent.claim(key)) {
      return;
    }
    if (pending.incrementAndGet() > options.queueLimit()) {
      pending.decrementAndGet();
      sent.release(key);
      failed.incrementAndGet();
      LOG.warn("alert queue full: dropped the alert for {}", key.text());
      return;
    }
    List<Spender> top = tally.top(crossing.wallet(), crossing.time(), TOP_SPENDERS);
    Job job = new Job(key, channel, crossing, p, top);
    worker.execute(() -> attempt(job, 0));
  }

  /**
   * A crossing re-derived by the start-up replay: sent only if it never was (the previous run
   * stopped before delivering it) and its period is still open; otherwise it is history.
   */
  public void recover(StageCrossed crossing, Instant now) {
    if (crossing.resetAt().isAfter(now)
        && !sent.wasSent(AlertKey.of(crossing, new PeriodCalendar(policy.get().timezone())))) {
      publish(crossing);
    }
  }

  /** Alerts delivered since start. */
  public long delivered() {
    return delivered.get();
  }

  /** Alerts queued or being delivered (waiting to retry included). */
  public long pending() {
    return pending.get();
  }

  /** Alerts given up (every attempt failed, no URL, or the queue was full) since start. */
  public long failed() {
    return failed.get();
  }

  private record Job(
      AlertKey key,
      AlertChannel channel,
      StageCrossed crossing,
      Policy policy,
      List<Spender> top) {}

  private void attempt(Job job, int n) {
    String problem;
    try {
      problem = deliver(job);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return; // shutting down: the next start's replay recovers it
    } catch (Exception e) {
      problem = e.getClass().getSimpleName();
    }
    if (problem == null) {
      succeed(job);
    } else if (n < options.retryDelays().size() && !problem.startsWith("no URL")) {
      Duration wait = options.retryDelays().get(n);
      LOG.debug(
          "alert {} to {}: {}; retrying in {}",
          job.key().text(),
          job.channel().name(),
          problem,
          wait);
      worker.schedule(() -> attempt(job, n + 1), wait.toMillis(), TimeUnit.MILLISECONDS);
    } else {
      sent.release(job.key());
      failed.incrementAndGet();
      pending.decrementAndGet();
      LOG.warn("alert {} to {} failed: {}", job.key().text(), job.channel().name(), problem);
    }
  }

  /** Sends one attempt; null when delivered, else what went wrong. */
  private String deliver(Job job) throws Exception {
    StageCrossed c = job.crossing();
    var zone = job.policy().timezone();
    switch (job.channel().type()) {
      case LOG -> {
        LOG.info("alert: {}", AlertMessages.text(c, zone, job.top()));
        return null;
      }
      case SLACK -> {
        return post(job.channel(), AlertMessages.slack(c, zone, job.top()));
      }
      case WEBHOOK -> {
        return post(job.channel(), AlertMessages.webhook(c, zone, job.top()));
      }
    }
    throw new IllegalStateException("unknown channel type");
  }

  private String post(AlertChannel channel, String body) throws Exception {
    String url = channel.urlEnv() != null ? options.env().get(channel.urlEnv()) : channel.url();
    if (url == null || url.isBlank()) {
      return "no URL (set " + (channel.urlEnv() != null ? channel.urlEnv() : "url") + ")";
    }
    ContentResponse response =
        http.newRequest(url)
            .method(HttpMethod.POST)
            .body(new StringRequestContent("application/json", body))
            .timeout(options.timeout().toMillis(), TimeUnit.MILLISECONDS)
            .send();
    int status = response.getStatus();
    // The URL carries the webhook's secret, so only the status is ever logged.
    return status / 100 == 2 ? null : "HTTP " + status;
  }

  private void succeed(Job job) {
    // Counted before it stops being pending, so a caller that sees nothing pending sees it counted.
    delivered.incrementAndGet();
    pending.decrementAndGet();
    try {
      sent.delivered(job.key(), clock.instant());
    } catch (IOException e) {
      LOG.warn("recording a delivered alert in {}: {}", SentAlerts.FILE_NAME, e.toString());
    }
  }

  /** Stops delivering; alerts still queued are recovered by the next start's replay. */
  @Override
  public void close() {
    worker.shutdownNow();
    try {
      worker.awaitTermination(5, TimeUnit.SECONDS);
      http.stop();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (Exception e) {
      LOG.warn("stopping the alert client: {}", e.toString());
    }
  }
}
