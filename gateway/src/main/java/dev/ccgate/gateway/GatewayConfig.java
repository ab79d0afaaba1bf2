package dev.ccgate.gateway;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * How a gateway runs.
 *
 * @param bind the address to listen on (loopback unless told otherwise)
 * @param port the port; 0 picks a free one
 * @param upstream the Anthropic API base URL
 * @param upstreamApiKey the real key that replaces virtual keys towards upstream; null with {@code
 *     passthroughAuth}
 * @param passthroughAuth forward each developer's own key and identify them by its hash
 * @param maxBodyBytes the largest request body accepted (413 beyond)
 * @param stateDir where the decision log lives
 * @param connectTimeout connecting to upstream
 * @param idleTimeout silence allowed on either side of an exchange (a non-streaming request may
 *     think for minutes before its first byte)
 * @param drainTimeout how long a response is still read and metered after its client left
 * @param stopTimeout how long a stop waits for in-flight exchanges (0: cut them at once)
 * @param clock the time of every decision
 */
public record GatewayConfig(
    String bind,
    int port,
    URI upstream,
    String upstreamApiKey,
    boolean passthroughAuth,
    long maxBodyBytes,
    Path stateDir,
    Duration connectTimeout,
    Duration idleTimeout,
    Duration drainTimeout,
    Duration stopTimeout,
    Clock clock) {

  /** The default address: loopback only. */
  public static final String DEFAULT_BIND = "127.0.0.1";

  /** The default port. */
  public static final int DEFAULT_PORT = 8787;

  /** The default upstream. */
  public static final URI DEFAULT_UPSTREAM = URI.create("https://api.anthropic.com");

  /** The API's own request limit for Messages and count_tokens: 32 MiB. */
  public static final long DEFAULT_MAX_BODY = 32L << 20;

  /** Validates the configuration. */
  public GatewayConfig {
    Objects.requireNonNull(bind, "bind");
    Objects.requireNonNull(upstream, "upstream");
    Objects.requireNonNull(stateDir, "stateDir");
    Objects.requireNonNull(connectTimeout, "connectTimeout");
    Objects.requireNonNull(idleTimeout, "idleTimeout");
    Objects.requireNonNull(drainTimeout, "drainTimeout");
    Objects.requireNonNull(stopTimeout, "stopTimeout");
    Objects.requireNonNull(clock, "clock");
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("port must be 0-65535");
    }
    if (maxBodyBytes < 1 || maxBodyBytes > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException("max body must be between 1 byte and 2 GiB");
    }
    String scheme = upstream.getScheme();
    if (!("http".equals(scheme) || "https".equals(scheme)) || upstream.getHost() == null) {
      throw new IllegalArgumentException("upstream must be an http(s) URL, got " + upstream);
    }
    if (upstream.getRawQuery() != null || upstream.getRawFragment() != null) {
      throw new IllegalArgumentException("upstream must not have a query or fragment");
    }
    if (!passthroughAuth && (upstreamApiKey == null || upstreamApiKey.isBlank())) {
      throw new IllegalArgumentException(
          "the upstream API key (ANTHROPIC_API_KEY) is required unless --passthrough-auth is set");
    }
  }

  /** The defaults of {@code ccgate serve}, keeping state in {@code stateDir}. */
  public static GatewayConfig defaults(Path stateDir, String upstreamApiKey) {
    return new GatewayConfig(
        DEFAULT_BIND,
        DEFAULT_PORT,
        DEFAULT_UPSTREAM,
        upstreamApiKey,
        false,
        DEFAULT_MAX_BODY,
        stateDir,
        Duration.ofSeconds(10),
        Duration.ofSeconds(600),
        Duration.ofSeconds(300),
        Duration.ofSeconds(5),
        Clock.systemUTC());
  }

  /** This configuration listening on {@code newBind}:{@code newPort}. */
  public GatewayConfig withListen(String newBind, int newPort) {
    return edit(
        e -> {
          e.bind = newBind;
          e.port = newPort;
        });
  }

  /** This configuration forwarding to {@code newUpstream}. */
  public GatewayConfig withUpstream(URI newUpstream) {
    return edit(e -> e.upstream = newUpstream);
  }

  /** This configuration with pass-through auth on or off. */
  public GatewayConfig withPassthroughAuth(boolean on) {
    return edit(e -> e.passthroughAuth = on);
  }

  /** This configuration with a request-body limit of {@code bytes}. */
  public GatewayConfig withMaxBody(long bytes) {
    return edit(e -> e.maxBodyBytes = bytes);
  }

  /** This configuration with other timeouts. */
  public GatewayConfig withTimeouts(Duration connect, Duration idle, Duration drain) {
    return edit(
        e -> {
          e.connectTimeout = connect;
          e.idleTimeout = idle;
          e.drainTimeout = drain;
        });
  }

  /** This configuration waiting at most {@code timeout} for in-flight exchanges on stop. */
  public GatewayConfig withStopTimeout(Duration timeout) {
    return edit(e -> e.stopTimeout = timeout);
  }

  /** This configuration reading time from {@code newClock}. */
  public GatewayConfig withClock(Clock newClock) {
    return edit(e -> e.clock = newClock);
  }

  /** A copy of this configuration with {@code change} applied, validated as a new one. */
  private GatewayConfig edit(Consumer<Edit> change) {
    Edit e = new Edit(this);
    change.accept(e);
    return e.build();
  }

  /** The fields of a configuration being changed: one place that lists them all for the withers. */
  private static final class Edit {
    String bind;
    int port;
    URI upstream;
    String upstreamApiKey;
    boolean passthroughAuth;
    long maxBodyBytes;
    Path stateDir;
    Duration connectTimeout;
    Duration idleTimeout;
    Duration drainTimeout;
    Duration stopTimeout;
    Clock clock;

    Edit(GatewayConfig c) {
      bind = c.bind;
      port = c.port;
      upstream = c.upstream;
      upstreamApiKey = c.upstreamApiKey;
      passthroughAuth = c.passthroughAuth;
      maxBodyBytes = c.maxBodyBytes;
      stateDir = c.stateDir;
      connectTimeout = c.connectTimeout;
      idleTimeout = c.idleTimeout;
      drainTimeout = c.drainTimeout;
      stopTimeout = c.stopTimeout;
      clock = c.clock;
    }

    GatewayConfig build() {
      return new GatewayConfig(
          bind,
          port,
          upstream,
          upstreamApiKey,
          passthroughAuth,
          maxBodyBytes,
          stateDir,
          connectTimeout,
          idleTimeout,
          drainTimeout,
          stopTimeout,
          clock);
    }
  }

  /** A description for logs: never the key. */
  @Override
  public String toString() {
    return "GatewayConfig[bind="
        + bind
        + ", port="
        + port
        + ", upstream="
        + upstream
        + ", passthroughAuth="
        + passthroughAuth
        + ", maxBodyBytes="
        + maxBodyBytes
        + ", stateDir="
        + stateDir
        + "]";
  }
}
