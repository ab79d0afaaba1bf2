package dev.ccgate.gateway.alert;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How alerts are delivered.
 *
 * @param env where a channel's {@code webhook_env}/{@code url_env} is looked up
 * @param retryDelays the waits before the second, third, … attempt (so attempts = size + 1)
 * @param timeout one attempt's limit
 * @param queueLimit alerts waiting or retrying at once; more are dropped and counted as failed
 */
public record AlertOptions(
    Map<String, String> env, List<Duration> retryDelays, Duration timeout, int queueLimit) {

  /** Validates the options. */
  public AlertOptions {
    env = Map.copyOf(env);
    retryDelays = List.copyOf(retryDelays);
    Objects.requireNonNull(timeout, "timeout");
    if (queueLimit < 1) {
      throw new IllegalArgumentException("queue limit must be positive");
    }
  }

  /** The process environment; waits of 1, 2, 4 and 8 s (five attempts); 10 s per attempt. */
  public static AlertOptions defaults() {
    return new AlertOptions(
        System.getenv(),
        List.of(
            Duration.ofSeconds(1),
            Duration.ofSeconds(2),
            Duration.ofSeconds(4),
            Duration.ofSeconds(8)),
        Duration.ofSeconds(10),
        1024);
  }

  /** These options with other retry waits. */
  public AlertOptions withRetryDelays(List<Duration> delays) {
    return new AlertOptions(env, delays, timeout, queueLimit);
  }

  /** These options reading channel URLs from {@code newEnv}. */
  public AlertOptions withEnv(Map<String, String> newEnv) {
    return new AlertOptions(newEnv, retryDelays, timeout, queueLimit);
  }
}
