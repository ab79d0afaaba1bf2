package dev.ccgate.gateway.shared;

import dev.ccgate.kernel.PeriodCalendar;
import dev.ccgate.kernel.StageCrossed;
import dev.ccgate.kernel.WalletId;
import io.lettuce.core.ClientOptions;
import io.lettuce.core.KeyValue;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisException;
import io.lettuce.core.RedisNoScriptException;
import io.lettuce.core.RedisURI;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import io.lettuce.core.resource.ClientResources;
import io.lettuce.core.resource.DefaultClientResources;
import io.lettuce.core.resource.Delay;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Wallets shared by several gateway instances through one Redis (Lettuce, one thread-safe
 * connection). A settle runs one Lua script that marks the request id and adds its cost to each of
 * its wallets atomically; a decision first reads its path's wallets with one MGET.
 *
 * <p><b>Fail-open.</b> Every command has a short timeout. When one fails, the gateway decides on
 * its own ledger (its last view of the shared spend plus what it settled since) and, for {@code
 * backoff}, does not try Redis at all, so an outage costs a request nothing, not a timeout. Costs
 * settled meanwhile wait in a bounded backlog and are added when Redis answers again, still once
 * per request id. Each state change is logged once; {@link #status} feeds {@code /metrics}.
 */
public final class RedisWalletStore implements WalletStore {
  private static final Logger LOG = LoggerFactory.getLogger(RedisWalletStore.class);
  private static final int CLAIM_MEMORY = 10_000;
  private static final Duration SETTLED_MARKER = Duration.ofDays(1);

  private final RedisOptions options;
  private final RedisKeys keys;
  private final ClientResources resources;
  private final RedisClient client;
  private final StatefulRedisConnection<String, String> connection;
  private final RedisCommands<String, String> redis;
  private final String addSha;
  private final String claimSha;
  private final String adjustSha;
  private final SettleBacklog backlog;
  private final ScheduledExecutorService flusher;

  /** Stage keys this instance has claimed or seen claimed: not asked again. */
  private final Set<String> claimed = ConcurrentHashMap.newKeySet();

  private final AtomicLong failures = new AtomicLong();
  private final AtomicBoolean closed = new AtomicBoolean();
  private volatile long retryAtNanos;
  private volatile boolean up = true;

  private RedisWalletStore(
      RedisOptions options,
      ClientResources resources,
      RedisClient client,
      StatefulRedisConnection<String, String> connection) {
    this.options = options;
    this.keys = new RedisKeys(options.namespace());
    this.resources = resources;
    this.client = client;
    this.connection = connection;
    this.redis = connection.sync();
    this.addSha = redis.digest(RedisScripts.ADD);
    this.claimSha = redis.digest(RedisScripts.CLAIM);
    this.adjustSha = redis.digest(RedisScripts.ADJUST);
    this.backlog = new SettleBacklog(options.backlogLimit());
    this.retryAtNanos = System.nanoTime();
    this.flusher =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "ccgate-redis");
              t.setDaemon(true);
              return t;
            });
    long every = Math.max(50, options.backoff().toMillis() / 2);
    flusher.scheduleWithFixedDelay(this::flush, every, every, TimeUnit.MILLISECONDS);
  }

  /**
   * Connects to Redis. Refuses to start when Redis cannot be reached now: a wrong URL should stop
   * {@code ccgate serve} with a clear message, not be found out in an outage; once running, an
   * outage fails open.
   */
  public static RedisWalletStore connect(RedisOptions options) throws IOException {
    RedisURI uri;
    try {
      uri = RedisURI.create(options.url());
    } catch (RuntimeException e) {
      // Not chained: java.net.URI's message quotes the whole input, password included, and
      // --verbose prints causes.
      throw new IOException(
          "not a Redis URL: "
              + RedisKeys.redact(options.url())
              + " ("
              + e.getClass().getSimpleName()
              + ")");
    }
    // The handshake may take longer than a command on a busy machine; commands keep the short one.
    Duration connectTimeout = options.timeout().multipliedBy(4).plusSeconds(1);
    uri.setTimeout(connectTimeout);
    ClientResources resources =
        DefaultClientResources.builder()
            .ioThreadPoolSize(2)
            .computationThreadPoolSize(1)
            // Reconnect soon after an outage: the backlog waits on it.
            .reconnectDelay(
                Delay.exponential(
                    Duration.ofMillis(100), Duration.ofSeconds(2), 2, TimeUnit.MILLISECONDS))
            .build();
    RedisClient client = RedisClient.create(resources, uri);
    client.setOptions(
        ClientOptions.builder()
            .autoReconnect(true)
            // While disconnected, fail at once instead of queueing commands until a timeout.
            .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
            .timeoutOptions(TimeoutOptions.enabled(options.timeout()))
            .socketOptions(
                SocketOptions.builder().connectTimeout(connectTimeout).keepAlive(true).build())
            .build());
    try {
      StatefulRedisConnection<String, String> connection = client.connect();
      connection.setTimeout(options.timeout());
      connection.sync().ping();
      LOG.info(
          "sharing wallets through Redis at {} (namespace {})",
          RedisKeys.redact(options.url()),
          options.namespace());
      return new RedisWalletStore(options, resources, client, connection);
    } catch (RedisException e) {
      shutdown(client, resources);
      throw new IOException(
          "cannot reach Redis at " + RedisKeys.redact(options.url()) + ": " + rootMessage(e), e);
    }
  }

  @Override
  public boolean shared() {
    return true;
  }

  @Override
  public long[] read(List<WalletId> ids, PeriodCalendar calendar, Instant t) {
    if (ids.isEmpty()) {
      return new long[0];
    }
    if (!available()) {
      return null;
    }
    String[] names = new String[ids.size()];
    for (int i = 0; i < names.length; i++) {
      names[i] = keys.wallet(ids.get(i), calendar, t);
    }
    try {
      List<KeyValue<String, String>> values = redis.mget(names);
      long[] out = new long[names.length];
      for (int i = 0; i < out.length; i++) {
        KeyValue<String, String> v = values.get(i);
        out[i] = v.hasValue() ? Long.parseLong(v.getValue()) : 0;
      }
      succeeded();
      return out;
    } catch (RedisException | NumberFormatException e) {
      failed(e);
      return null;
    }
  }

  @Override
  public long[] add(
      String requestId, List<WalletId> ids, PeriodCalendar calendar, Instant t, long costMicros) {
    String[] names = new String[ids.size() + 1];
    String[] args = new String[ids.size() + 2];
    names[0] = keys.settled(requestId);
    args[0] = Long.toString(costMicros);
    for (int i = 0; i < ids.size(); i++) {
      names[i + 1] = keys.wallet(ids.get(i), calendar, t);
      args[i + 2] = Long.toString(RedisKeys.expireAtSeconds(ids.get(i), calendar, t));
    }
    // One marker per request: kept a day, far longer than any retry waits (a retry follows a
    // timeout within seconds, or a backlog as soon as Redis answers), yet bounded in memory.
    args[1] = Long.toString(t.plus(SETTLED_MARKER).getEpochSecond());
    SettleBacklog.Entry entry = new SettleBacklog.Entry(names, args);
    if (!available()) {
      keep(entry);
      return null;
    }
    try {
      List<Object> answer = runAdd(entry);
      succeeded();
      long[] out = new long[ids.size()];
      for (int i = 0; i < out.length; i++) {
        out[i] = (Long) answer.get(i + 1);
      }
      return out;
    } catch (RedisException e) {
      failed(e);
      keep(entry); // a timeout may still have applied it: the retry is idempotent
      return null;
    }
  }

  @Override
  public List<StageCrossed> claim(List<StageCrossed> reached, PeriodCalendar calendar) {
    List<StageCrossed> asked = new ArrayList<>(reached.size());
    List<String> names = new ArrayList<>(reached.size());
    List<String> args = new ArrayList<>(reached.size());
    for (StageCrossed c : reached) {
      String name = keys.stage(c.wallet(), calendar, c.time(), c.atBasisPoints(), c.action().key());
      if (!claimed.contains(name)) {
        asked.add(c);
        names.add(name);
        args.add(Long.toString(RedisKeys.expireAtSeconds(c.wallet(), calendar, c.time())));
      }
    }
    if (asked.isEmpty()) {
      return List.of();
    }
    if (claimed.size() > CLAIM_MEMORY) {
      claimed.clear(); // only a cache: Redis answers "already claimed" for the old ones
    }
    claimed.addAll(names);
    if (!available()) {
      return asked; // fail-open: deduplicated by this instance only
    }
    try {
      List<Object> won =
          script(
              RedisScripts.CLAIM,
              claimSha,
              ScriptOutputType.MULTI,
              names.toArray(String[]::new),
              args.toArray(String[]::new));
      succeeded();
      List<StageCrossed> out = new ArrayList<>(asked.size());
      for (int i = 0; i < asked.size(); i++) {
        if ((Long) won.get(i) == 1L) {
          out.add(asked.get(i));
        }
      }
      return out;
    } catch (RedisException e) {
      failed(e);
      return asked;
    }
  }

  @Override
  public long adjust(WalletId id, PeriodCalendar calendar, Instant t, long creditMicros) {
    // Tried even while backing off: an operator's credit should not be refused for a blip.
    try {
      Long after =
          script(
              RedisScripts.ADJUST,
              adjustSha,
              ScriptOutputType.INTEGER,
              new String[] {keys.wallet(id, calendar, t)},
              creditMicros == RESET ? "reset" : Long.toString(creditMicros),
              Long.toString(RedisKeys.expireAtSeconds(id, calendar, t)));
      succeeded();
      return after;
    } catch (RedisException e) {
      failed(e);
      return -1;
    }
  }

  @Override
  public StoreStatus status() {
    return new StoreStatus(true, up, failures.get(), backlog.size(), backlog.dropped());
  }

  /** Adds the backlog to Redis, oldest first, while Redis answers. */
  private void flush() {
    int added = 0;
    try {
      SettleBacklog.Entry next;
      while ((next = backlog.peek()) != null && available()) {
        runAdd(next);
        backlog.remove(next);
        added++;
      }
      if (added > 0) {
        succeeded();
        LOG.info("Redis: added {} costs settled while it was unavailable", added);
      }
    } catch (RedisException e) {
      failed(e);
    } catch (RuntimeException e) {
      LOG.warn("Redis backlog: {}", e.toString());
    }
  }

  private List<Object> runAdd(SettleBacklog.Entry e) {
    return script(RedisScripts.ADD, addSha, ScriptOutputType.MULTI, e.keys(), e.args());
  }

  /** EVALSHA, loading the script with EVAL when Redis does not know it (e.g. after its restart). */
  private <T> T script(String text, String sha, ScriptOutputType type, String[] k, String... a) {
    try {
      return redis.evalsha(sha, type, k, a);
    } catch (RedisNoScriptException e) {
      return redis.eval(text, type, k, a);
    }
  }

  private void keep(SettleBacklog.Entry entry) {
    if (backlog.offer(entry) && Long.bitCount(backlog.dropped()) == 1) {
      // Logged at the 1st, 2nd, 4th, 8th... drop: loud, never a flood.
      LOG.error(
          "Redis backlog full ({} settled costs): dropped the oldest; shared spend will be low",
          options.backlogLimit());
    }
  }

  private boolean available() {
    return System.nanoTime() - retryAtNanos >= 0;
  }

  private void succeeded() {
    if (!up) {
      up = true;
      LOG.warn("Redis reachable again: wallets are shared again");
    }
  }

  private void failed(RuntimeException e) {
    failures.incrementAndGet();
    retryAtNanos = System.nanoTime() + options.backoff().toNanos();
    if (up) {
      up = false;
      LOG.error(
          "Redis unavailable ({}): failing open, deciding on this instance's own ledger and keeping"
              + " settled costs for Redis until it answers",
          rootMessage(e));
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
  }

  @Override
  public void close() {
    if (closed.getAndSet(true)) {
      return;
    }
    flusher.shutdownNow();
    flush(); // one last try: what is still waiting now never reaches the shared counters
    if (backlog.size() > 0) {
      LOG.error(
          "stopping with {} settled costs not added to Redis: they are in this instance's decision"
              + " log only",
          backlog.size());
    }
    try {
      connection.close();
    } catch (RuntimeException e) {
      LOG.warn("closing the Redis connection: {}", e.toString());
    }
    shutdown(client, resources);
  }

  private static void shutdown(RedisClient client, ClientResources resources) {
    client.shutdown(0, 2, TimeUnit.SECONDS);
    resources.shutdown(0, 2, TimeUnit.SECONDS);
  }
}
