package dev.ccgate.gateway.shared;

import dev.ccgate.gateway.FakeUpstream;
import dev.ccgate.gateway.Gateway;
import dev.ccgate.gateway.GatewayConfig;
import dev.ccgate.gateway.GatewayHarness;
import dev.ccgate.gateway.MutableClock;
import dev.ccgate.gateway.RawClient;
import dev.ccgate.gateway.admin.AdminOptions;
import dev.ccgate.gateway.alert.AlertOptions;
import dev.ccgate.gateway.identity.KeysFile;
import dev.ccgate.policy.Policy;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.eclipse.jetty.client.ContentResponse;

/**
 * Two gateway instances ({@code a} and {@code b}: real Jetty on loopback, each with its own state
 * directory) in front of one fake upstream, sharing wallets through one Redis, with one keys file
 * (alice and bob, team platform) and one clock the test moves.
 */
final class TwoGateways implements AutoCloseable {
  static final String ADMIN_TOKEN = "shared-admin-token";

  final FakeUpstream upstream;

  /**
   * Today (UTC) at 15:00, 10:00 in New York: Redis expires keys by its own, real clock, so the test
   * clock must not start days in the past.
   */
  static final Instant START =
      LocalDate.now(ZoneOffset.UTC).atTime(15, 0).toInstant(ZoneOffset.UTC);

  final MutableClock clock;
  final String aliceKey;
  final String bobKey;
  final Gateway a;
  final Gateway b;
  final RawClient toA;
  final RawClient toB;

  TwoGateways(Path dir, Policy policy, RedisOptions redis) throws Exception {
    this(dir, policy, redis, START);
  }

  /** As above with the test clock at {@code start}, which must not be in the past (see START). */
  TwoGateways(Path dir, Policy policy, RedisOptions redis, Instant start) throws Exception {
    clock = new MutableClock(start);
    upstream = new FakeUpstream();
    SecureRandom random = new SecureRandom();
    KeysFile.NewKey alice = new KeysFile(Map.of()).add("alice@example.com", "platform", random);
    KeysFile.NewKey bob = alice.file().add("bob@example.com", null, random);
    aliceKey = alice.key();
    bobKey = bob.key();
    Gateway first = null;
    try {
      first = start(dir.resolve("a"), policy, bob.file(), redis);
      a = first;
      b = start(dir.resolve("b"), policy, bob.file(), redis);
    } catch (Exception e) {
      if (first != null) {
        first.close();
      }
      upstream.close();
      throw e;
    }
    toA = new RawClient(a.uri().toString());
    toB = new RawClient(b.uri().toString());
  }

  private Gateway start(Path state, Policy policy, KeysFile keys, RedisOptions redis)
      throws Exception {
    GatewayConfig config =
        GatewayConfig.defaults(state, GatewayHarness.UPSTREAM_KEY)
            .withListen("127.0.0.1", 0)
            .withUpstream(upstream.uri())
            .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(20), Duration.ofSeconds(10))
            .withStopTimeout(Duration.ZERO)
            .withClock(clock);
    return Gateway.start(
        policy,
        keys,
        config,
        AlertOptions.defaults().withEnv(Map.of()),
        new AdminOptions(ADMIN_TOKEN, null),
        redis);
  }

  /** One non-streaming Haiku request through {@code via} as the developer of {@code key}. */
  static ContentResponse ask(RawClient via, String key) throws Exception {
    return via.post("/v1/messages", key, RawClient.body("claude-haiku-4-5", false));
  }

  @Override
  public void close() {
    toA.close();
    toB.close();
    try {
      a.close();
    } finally {
      try {
        b.close();
      } finally {
        upstream.close();
      }
    }
  }
}
