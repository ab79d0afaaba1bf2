package dev.ccgate.gateway.shared;

import java.time.Duration;
import java.util.Objects;

/**
 * How to share wallets through Redis.
 *
 * @param url {@code redis://[:password@]host:port[/db]} (or {@code rediss://}); never logged whole
 * @param namespace names this deployment's keys ({@code ccgate:{namespace}:…}), so that two
 *     deployments can share one Redis without sharing wallets
 * @param timeout the longest any one Redis command may take before the gateway carries on without
 * @param backoff after a failure, how long the gateway decides on its own ledger before trying
 *     Redis again (so an outage costs each request nothing, not a timeout)
 * @param backlogLimit settled costs kept for Redis during an outage (oldest dropped beyond)
 */
public record RedisOptions(
    String url, String namespace, Duration timeout, Duration backoff, int backlogLimit) {

  /** The default namespace. */
  public static final String DEFAULT_NAMESPACE = "default";

  /** Validates the options. */
  public RedisOptions {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(namespace, "namespace");
    Objects.requireNonNull(timeout, "timeout");
    Objects.requireNonNull(backoff, "backoff");
    if (!namespace.matches("[A-Za-z0-9_.-]{1,64}")) {
      throw new IllegalArgumentException(
          "the Redis namespace must be 1-64 letters, digits, '_', '.' or '-'");
    }
    if (timeout.isNegative() || timeout.isZero() || backoff.isNegative() || backlogLimit < 1) {
      throw new IllegalArgumentException("Redis timeout, backoff and backlog must be positive");
    }
  }

  /** {@code url} with the defaults: namespace {@code default}, 500 ms, 1 s, 100,000 settlements. */
  public static RedisOptions of(String url) {
    return new RedisOptions(
        url, DEFAULT_NAMESPACE, Duration.ofMillis(500), Duration.ofSeconds(1), 100_000);
  }

  /** These options with another namespace. */
  public RedisOptions withNamespace(String ns) {
    return new RedisOptions(url, ns, timeout, backoff, backlogLimit);
  }

  /** These options with another command timeout and backoff. */
  public RedisOptions withTimeouts(Duration commandTimeout, Duration failureBackoff) {
    return new RedisOptions(url, namespace, commandTimeout, failureBackoff, backlogLimit);
  }

  /** Never the password. */
  @Override
  public String toString() {
    return "RedisOptions[url=" + RedisKeys.redact(url) + ", namespace=" + namespace + "]";
  }
}
