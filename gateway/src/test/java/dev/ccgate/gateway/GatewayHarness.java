package dev.ccgate.gateway;

import com.anthropic.client.AnthropicClient;
import com.anthropic.client.okhttp.AnthropicOkHttpClient;
import dev.ccgate.decision.DecisionLogCodec;
import dev.ccgate.decision.DecisionRecord;
import dev.ccgate.decision.LogLine;
import dev.ccgate.gateway.admin.AdminOptions;
import dev.ccgate.gateway.alert.AlertOptions;
import dev.ccgate.gateway.alert.SentAlerts;
import dev.ccgate.gateway.identity.KeysFile;
import dev.ccgate.policy.Policy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * A fake upstream and a gateway in front of it, both on loopback ephemeral ports, with a keys file
 * for alice and bob (team platform) and carol (not in the policy), and a clock the test controls.
 */
public final class GatewayHarness implements AutoCloseable {
  /** 2026-11-24 10:00 in New York. */
  public static final Instant NOW = Instant.parse("2026-11-24T15:00:00Z");

  /** The key the gateway uses towards upstream. */
  public static final String UPSTREAM_KEY = "sk-ant-real-upstream-key";

  /** Alert options reading no process environment (a test's alerts reach only its receiver). */
  private static final AlertOptions NO_ALERT_ENV = AlertOptions.defaults().withEnv(Map.of());

  public final FakeUpstream upstream;
  public final MutableClock clock = new MutableClock(NOW);
  public final Path stateDir;
  public final String aliceKey;
  public final String bobKey;
  public final String carolKey;
  private final KeysFile keys;
  private final Policy policy;
  private final GatewayConfig config;
  private final AlertOptions alerting;
  private final AdminOptions admin;
  private Gateway gateway;

  private GatewayHarness(
      Path stateDir,
      Policy policy,
      UnaryOperator<GatewayConfig> tweak,
      AlertOptions alerting,
      AdminOptions admin)
      throws Exception {
    this.alerting = alerting;
    this.admin = admin;
    this.stateDir = stateDir;
    this.policy = policy;
    this.upstream = new FakeUpstream();
    SecureRandom random = new SecureRandom();
    KeysFile.NewKey alice = new KeysFile(Map.of()).add("alice@example.com", "platform", random);
    KeysFile.NewKey bob = alice.file().add("bob@example.com", null, random);
    KeysFile.NewKey carol = bob.file().add("carol@example.com", null, random);
    this.aliceKey = alice.key();
    this.bobKey = bob.key();
    this.carolKey = carol.key();
    this.keys = carol.file();
    this.config =
        tweak.apply(
            GatewayConfig.defaults(stateDir, UPSTREAM_KEY)
                .withListen("127.0.0.1", 0)
                .withUpstream(upstream.uri())
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(20), Duration.ofSeconds(10))
                .withStopTimeout(Duration.ZERO)
                .withClock(clock));
    this.gateway = Gateway.start(policy, keys, config, alerting, admin);
  }

  /** A harness with {@code policy} and the test defaults. */
  public static GatewayHarness start(Path stateDir, Policy policy) throws Exception {
    return new GatewayHarness(stateDir, policy, c -> c, NO_ALERT_ENV, AdminOptions.NONE);
  }

  /** A harness with {@code policy}, the test defaults and the admin API as {@code admin} says. */
  public static GatewayHarness start(Path stateDir, Policy policy, AdminOptions admin)
      throws Exception {
    return new GatewayHarness(stateDir, policy, c -> c, NO_ALERT_ENV, admin);
  }

  /** A harness with {@code policy}, the test defaults and {@code alerting}. */
  public static GatewayHarness start(Path stateDir, Policy policy, AlertOptions alerting)
      throws Exception {
    return new GatewayHarness(stateDir, policy, c -> c, alerting, AdminOptions.NONE);
  }

  /** A harness with {@code policy} and the defaults changed by {@code tweak}. */
  public static GatewayHarness start(
      Path stateDir, Policy policy, UnaryOperator<GatewayConfig> tweak) throws Exception {
    return new GatewayHarness(stateDir, policy, tweak, NO_ALERT_ENV, AdminOptions.NONE);
  }

  /** The running gateway. */
  public Gateway gateway() {
    return gateway;
  }

  /** The gateway's base URL. */
  public String url() {
    return gateway.uri().toString();
  }

  /** Stops the gateway and starts a new one on the same state directory. */
  public void restart() throws Exception {
    gateway.close();
    gateway = Gateway.start(policy, keys, config, alerting, admin);
  }

  /** An official SDK client for the gateway with {@code key} (it retries twice, by default). */
  public AnthropicClient sdk(String key) {
    return AnthropicOkHttpClient.builder()
        .baseUrl(url())
        .apiKey(key)
        .timeout(Duration.ofSeconds(20))
        .build();
  }

  /** Every decision-log line, in file order (wallet adjustments left out). */
  public List<DecisionRecord> decisions() throws IOException {
    List<DecisionRecord> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(stateDir)) {
      for (Path f :
          files
              .filter(p -> p.toString().endsWith(".jsonl") && !p.endsWith(SentAlerts.FILE_NAME))
              .sorted()
              .toList()) {
        for (String line : Files.readAllLines(f)) {
          LogLine entry = DecisionLogCodec.readLine(line);
          if (!entry.isAdjustment()) {
            out.add(entry.decision());
          }
        }
      }
    }
    return out;
  }

  /** Waits (up to 10 s) until the decision log has {@code n} lines, and returns them. */
  public List<DecisionRecord> awaitDecisions(int n) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    List<DecisionRecord> seen = decisions();
    while (seen.size() < n && System.nanoTime() < deadline) {
      Thread.sleep(20);
      seen = decisions();
    }
    if (seen.size() < n) {
      throw new AssertionError("expected " + n + " decision lines, found " + seen.size());
    }
    return seen;
  }

  @Override
  public void close() {
    try {
      gateway.close();
    } finally {
      upstream.close();
    }
  }
}
